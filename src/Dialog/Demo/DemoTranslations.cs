using Halsoportal.Dialog.Surveys;

namespace Halsoportal.Dialog.Demo;

/// <summary>One question's texts in a demo translation, in the Swedish question's shape.</summary>
/// <param name="Text">The question.</param>
/// <param name="Options">Its options, matrix rows or ranking items, in order.</param>
/// <param name="Hint">The hint, when the Swedish question has one.</param>
/// <param name="Min">The lowest scale value's label, for scale and matrix.</param>
/// <param name="Max">The highest scale value's label.</param>
internal sealed record DemoQuestionText(string Text, string[]? Options = null, string? Hint = null, string? Min = null, string? Max = null);

/// <summary>
/// A demo survey in another language, question by question in the Swedish order. It is turned into stored texts once
/// the survey has its ids, and must be complete: the seeder refuses a translation that would not reach residents.
/// </summary>
internal sealed record DemoTranslation(string Language, string Title, string Purpose, string PrivacyNotice, IReadOnlyList<DemoQuestionText> Questions)
{
    /// <summary>The stored texts for the saved <paramref name="survey"/>.</summary>
    public IReadOnlyList<SurveyTranslationText> Rows(Survey survey)
    {
        var questions = survey.Questions.OrderBy(q => q.Order).ToList();
        if (questions.Count != Questions.Count)
        {
            throw new InvalidOperationException($"Demo survey {survey.Slug} ({Language}): {Questions.Count} translated questions for {questions.Count}.");
        }

        var rows = new List<SurveyTranslationText>();
        void Add(string key, string? text)
        {
            if (text is not null)
            {
                rows.Add(new SurveyTranslationText { SurveyId = survey.Id, Language = Language, Key = key, Text = text });
            }
        }

        Add(SurveyTranslations.TitleKey, Title);
        Add(SurveyTranslations.PurposeKey, Purpose);
        Add(SurveyTranslations.PrivacyKey, PrivacyNotice);
        foreach (var (question, text) in questions.Zip(Questions))
        {
            var key = SurveyTranslations.QuestionKey(question.Id);
            var options = question.Options.OrderBy(o => o.Order).ToList();
            if (options.Count != (text.Options?.Length ?? 0))
            {
                throw new InvalidOperationException($"Demo survey {survey.Slug} ({Language}): question {question.Order} has {options.Count} options, the translation {text.Options?.Length ?? 0}.");
            }

            Add(key, text.Text);
            Add(key + ":hint", text.Hint);
            Add(key + ":min", text.Min);
            Add(key + ":max", text.Max);
            foreach (var (option, label) in options.Zip(text.Options ?? []))
            {
                Add(SurveyTranslations.OptionKey(option.Id), label);
            }
        }

        // Exactly the survey's texts: none missing (it would not be shown), none extra (a hint the Swedish lacks).
        var expected = SurveyTranslations.Texts(survey).Select(t => t.Key).Order(StringComparer.Ordinal);
        if (!expected.SequenceEqual(rows.Select(r => r.Key).Order(StringComparer.Ordinal)))
        {
            throw new InvalidOperationException($"Demo survey {survey.Slug} ({Language}): the translation does not cover exactly the survey's texts.");
        }

        return rows;
    }
}

/// <summary>
/// The demo's translated dialogs: trygghet och belysning (Sundsvall, a finskt förvaltningsområde, and Timrå) in Finnish,
/// Yiddish and English, and the decided rökfria miljöer (Sundsvall) in English, so that its results have a translation
/// too. Place names stay as they are signposted.
/// </summary>
internal static class DemoTranslations
{
    public static DemoTranslation TryggaGangvagarFinnish { get; } = new(
        "fi",
        "Turvallisuus ja valaistus kävely- ja pyöräteillä",
        "Sundsvallin ja Timrån kunnat suunnittelevat yhdessä uutta valaistusta ja kasvillisuuden raivausta kävely- ja pyöräteiden varsille. "
            + "On terveydelle tärkeää, että ulkona voi liikkua myös pimeällä, ja moni jättää talvella kävelylenkit väliin, koska ei tunne oloaan turvalliseksi. "
            + "Kerro, missä tunnet olosi turvalliseksi ja missä turvattomaksi, niin aloitamme sieltä, missä tarve on suurin.",
        "Kysely on nimetön. Tallennamme vain vastaukset, jotka päätät antaa, ja päivämäärän, jona vastasit. "
            + "Emme tallenna nimeäsi, IP-osoitettasi emmekä tietoa siitä, mitä tietokonetta tai puhelinta käytit, emmekä näe, kuka on vastannut mitäkin. "
            + "Vastauksesi säilytetään vuoden ajan kyselyn sulkeutumisen jälkeen. Sen jälkeen ne poistetaan, ja jäljelle jäävät vain kootut tilastot. "
            + "Tuloksissa emme koskaan näytä ryhmiä, joissa on alle viisi vastaajaa, emmekä raportoi avoimia vastauksia ryhmittäin. "
            + "Älä kirjoita avoimiin vastauksiin nimiä tai muuta, mistä sinut tai joku muu voidaan tunnistaa. "
            + "Rekisterinpitäjinä toimivat yhdessä Sundsvallin kunnan ja Timrån kunnan kunnanhallitukset. "
            + "Jos sinulla on kysyttävää tietojen käsittelystä, ota yhteyttä oman kuntasi tietosuojavastaavaan sivujen sundsvall.se tai timra.se kautta.",
        [
            new("Kuinka vanha olet?", ["Alle 20 vuotta", "20–39 vuotta", "40–64 vuotta", "65–79 vuotta", "80 vuotta tai vanhempi"]),
            new("Missä asut?",
                ["Sundsvall – keskusta", "Sundsvall – Haga", "Sundsvall – Skönsberg", "Sundsvall – Nacksta", "Sundsvall – Alnö", "Sundsvall – Njurunda",
                    "Sundsvall – Matfors", "Sundsvall – Stöde", "Timrå – keskusta", "Timrå – Sörberge", "Timrå – Söråker", "Timrå – Bergeforsen"]),
            new("Miten liikut yleensä, kun ulkona on pimeää?",
                ["Kävellen", "Pyörällä", "Sähköpotkulaudalla", "Bussilla", "Autolla", "Olen harvoin ulkona pimeällä"]),
            new("Kuinka turvalliseksi tunnet olosi, kun kävelet tai pyöräilet kotisi lähellä iltaisin?", Min: "En lainkaan turvalliseksi", Max: "Hyvin turvalliseksi"),
            new("Kuinka turvallisilta nämä paikat tuntuvat pimeällä?",
                ["Alikulkutunnelit", "Puistot ja viheralueet", "Bussipysäkit", "Kuntopolut ja valaistut kuntoradat", "Isojen teiden varsilla kulkevat kävely- ja pyörätiet"],
                Hint: "Ohita kohdat, joista sinulla ei ole käsitystä.", Min: "Hyvin turvattomilta", Max: "Hyvin turvallisilta"),
            new("Mikä lisäisi eniten turvallisuuden tunnettasi?",
                ["Parempi valaistus", "Tienvarsien kasvillisuuden raivaus", "Enemmän ihmisiä liikkeellä", "Lumen auraus ja hiekoitus ajoissa",
                    "Turvallisuuskävelyt, joilla kunta kuuntelee meitä asukkaita", "Kamerat ongelmallisissa paikoissa", "Yökävelijät"],
                Hint: "Valitse enintään kolme."),
            new("Onko jokin paikka, jota vältät pimeällä?", ["Kyllä", "Ei", "En tiedä"]),
            new("Mitä paikkaa vältät ja miksi?",
                Hint: "Kuvaile paikka niin, että löydämme sen, esimerkiksi alikulkutunneli tai osa kuntopolkua. Älä kirjoita ihmisten nimiä."),
            new("Haluatko kertoa meille vielä jotain?",
                Hint: "Älä kirjoita nimiä, henkilönumeroita tai muuta, mistä sinut tai joku muu voidaan tunnistaa."),
        ]);

    public static DemoTranslation TryggaGangvagarYiddish { get; } = new(
        "yi",
        "זיכערקייט און ליכט אויף די פֿוס־ און ראָווער־וועגן",
        "די קאָמונעס זונדסוואַל און טימראָ פּלאַנירן צוזאַמען נײַע לאָמפּן און אַ רייניקונג פֿון די קוסטעס לענג־אויס די פֿוס־ און ראָווער־וועגן. "
            + "עס איז וויכטיק פֿאַרן געזונט צו קענען אַרויסגיין אויך ווען עס איז פֿינצטער, און אַ סך מענטשן בלײַבן ווינטער אין דער היים, ווײַל זיי פֿילן זיך ניט זיכער. "
            + "דערציילט אונדז וווּ איר פֿילט זיך זיכער און וווּ ניט, כּדי מיר זאָלן אָנהייבן דאָרט וווּ מע דאַרף עס דאָס מערסטע.",
        "די אַנקעטע איז אַנאָנים. מיר היטן אָפּ נאָר די ענטפֿערס וואָס איר ווילט געבן, און דעם טאָג ווען איר האָט געענטפֿערט. "
            + "מיר היטן ניט אָפּ אײַער נאָמען, אײַער IP־אַדרעס אָדער וועלכן קאָמפּיוטער אָדער טעלעפֿאָן איר האָט גענוצט, און מיר קענען ניט זען ווער עס האָט וואָס געענטפֿערט. "
            + "די ענטפֿערס ווערן אויסגעמעקט אַ יאָר נאָך דעם ווי די אַנקעטע פֿאַרמאַכט זיך; עס בלײַבט נאָר די צונויפֿגעשטעלטע סטאַטיסטיק. "
            + "גרופּעס מיט ווייניקער ווי פֿינף ענטפֿערער ווײַזן מיר קיין מאָל ניט. "
            + "שרײַבט ניט קיין נעמען און גאָרנישט וואָס קען אָנווײַזן אויף אײַך אָדער אויף עמעצן אַנדערש. "
            + "פֿאַראַנטוואָרטלעך זענען די קאָמונע־פֿאַרוואַלטונגען פֿון זונדסוואַל און טימראָ צוזאַמען. "
            + "מיט פֿראַגעס ווענדט זיך צו דעם דאַטן־שוץ־באַאַמטער פֿון אײַער קאָמונע דורך sundsvall.se אָדער timra.se.",
        [
            new("ווי אַלט זענט איר?", ["ייִנגער ווי 20 יאָר", "20–39 יאָר", "40–64 יאָר", "65–79 יאָר", "80 יאָר אָדער עלטער"]),
            new("וווּ וווינט איר?",
                ["Sundsvall – צענטער", "Sundsvall – Haga", "Sundsvall – Skönsberg", "Sundsvall – Nacksta", "Sundsvall – Alnö", "Sundsvall – Njurunda",
                    "Sundsvall – Matfors", "Sundsvall – Stöde", "Timrå – צענטער", "Timrå – Sörberge", "Timrå – Söråker", "Timrå – Bergeforsen"]),
            new("ווי אַזוי קומט איר געוויינטלעך אָן, ווען עס איז פֿינצטער אין דרויסן?",
                ["צו פֿוס", "מיטן ראָווער", "מיט אַן עלעקטרישן סקוטער", "מיטן אויטאָבוס", "מיטן אויטאָ", "איך בין זעלטן אין דרויסן ווען עס איז פֿינצטער"]),
            new("ווי זיכער פֿילט איר זיך, ווען איר גייט אָדער פֿאָרט אויפֿן ראָווער לעבן אײַער היים אין אָוונט?", Min: "גאָר ניט זיכער", Max: "זייער זיכער"),
            new("ווי זיכער פֿילט איר זיך אין די דאָזיקע ערטער, ווען עס איז פֿינצטער?",
                ["טונעלן פֿאַר פֿוסגייער", "פּאַרקן און גרינע ערטער", "אויטאָבוס־סטאַנציעס", "ספּאָרט־שטעגן, אויך באַלויכטענע", "פֿוס־ און ראָווער־וועגן לענג־אויס גרויסע שאָסייען"],
                Hint: "לאָזט איבער וואָס איר האָט וועגן דעם ניט קיין מיינונג.", Min: "גאָר ניט זיכער", Max: "זייער זיכער"),
            new("וואָס וואָלט אײַך דאָס מערסטע געהאָלפֿן זיך צו פֿילן זיכערער?",
                ["בעסער ליכט", "אָפּגעשניטענע קוסטעס לענג־אויסן וועג", "מער מענטשן אויף די גאַסן", "שניי רייניקן און זאַמד שיטן אין דער צײַט",
                    "זיכערקייט־שפּאַצירן, וווּ די קאָמונע הערט זיך צו צו אונדז תּושבֿים", "קאַמערעס אויף געפֿערלעכע ערטער", "פֿרײַוויליקע נאַכט־שפּאַצירער"],
                Hint: "קלײַבט ניט מער ווי דרײַ."),
            new("איז פֿאַראַן אַן אָרט וואָס איר מײַדט אויס ווען עס איז פֿינצטער?", ["יאָ", "ניין", "איך ווייס ניט"]),
            new("וועלכן אָרט מײַדט איר אויס, און פֿאַר וואָס?",
                Hint: "באַשרײַבט דעם אָרט אַזוי, אַז מיר זאָלן אים געפֿינען, למשל אַ טונעל אָדער אַ טייל פֿון אַ שטעג. שרײַבט ניט קיין נעמען פֿון מענטשן."),
            new("ווילט איר אונדז נאָך עפּעס דערציילן?",
                Hint: "שרײַבט ניט קיין נעמען, פּערזענלעכע נומערן אָדער עפּעס וואָס קען אָנווײַזן אויף אײַך אָדער אויף עמעצן אַנדערש."),
        ]);

    public static DemoTranslation TryggaGangvagarEnglish { get; } = new(
        "en",
        "Safety and lighting on footpaths and cycle paths",
        "The municipalities of Sundsvall and Timrå are planning new lighting along footpaths and cycle paths together, and clearing of the bushes beside them. "
            + "Being able to get out and about after dark matters for your health, and many people skip their walks in winter because they do not feel safe. "
            + "Tell us where you feel safe and where you do not, so that we start where the need is greatest.",
        "The survey is anonymous. We only store the answers you choose to give and the date you answered. "
            + "We do not store your name, your IP address or which computer or phone you used, and we cannot see who answered what. "
            + "Your answers are kept for one year after the survey has closed. Then they are deleted, and only the compiled statistics remain. "
            + "In the results we never show groups of fewer than five people, and free-text answers are never reported by group. "
            + "Please do not write names or anything else that could identify you or someone else in the free-text boxes. "
            + "The municipal executive boards of Sundsvall and Timrå are jointly responsible for the personal data. "
            + "If you have questions about how we handle it, contact the data protection officer of your municipality through sundsvall.se or timra.se.",
        [
            new("How old are you?", ["Under 20", "20–39", "40–64", "65–79", "80 or older"]),
            new("Where do you live?",
                ["Sundsvall – town centre", "Sundsvall – Haga", "Sundsvall – Skönsberg", "Sundsvall – Nacksta", "Sundsvall – Alnö", "Sundsvall – Njurunda",
                    "Sundsvall – Matfors", "Sundsvall – Stöde", "Timrå – town centre", "Timrå – Sörberge", "Timrå – Söråker", "Timrå – Bergeforsen"]),
            new("How do you usually get around when it is dark outside?",
                ["On foot", "By bike", "By e-scooter", "By bus", "By car", "I am rarely out when it is dark"]),
            new("How safe do you feel walking or cycling where you live in the evening?", Min: "Not safe at all", Max: "Very safe"),
            new("How safe do these places feel when it is dark?",
                ["Pedestrian underpasses", "Parks and green spaces", "Bus stops", "Exercise trails and lit running tracks", "Footpaths and cycle paths along main roads"],
                Hint: "Skip anything you have no view on.", Min: "Very unsafe", Max: "Very safe"),
            new("What would do most to make you feel safer?",
                ["Better lighting", "Cleared bushes along the path", "More people out and about", "Snow clearing and gritting on time",
                    "Safety walks where the municipality listens to those of us who live here", "Cameras in exposed places", "Night walkers"],
                Hint: "Choose up to three."),
            new("Is there any place you avoid when it is dark?", ["Yes", "No", "Don't know"]),
            new("Which place do you avoid, and why?",
                Hint: "Describe the place so that we can find it, for example an underpass or part of a trail. Do not write the names of people."),
            new("Is there anything else you would like to tell us?",
                Hint: "Do not write names, personal identity numbers or anything else that could identify you or someone else."),
        ]);

    public static DemoTranslation RokfriaMiljoerEnglish { get; } = new(
        "en",
        "Smoke-free bus stops, playgrounds and entrances",
        "Since 2019 smoking has been banned at bus stops and playgrounds, among other places, but many people are still bothered by smoke. "
            + "Sundsvall municipality wants to know where smoke and nicotine bother you most and where you think the municipality should do more, "
            + "for example with signs, ashtrays at the right distance or more smoke-free places.",
        "The survey is anonymous. We only store the answers you choose to give and the date you answered. "
            + "We do not store your name, your IP address or which computer or phone you used, and we cannot see who answered what. "
            + "Your answers are kept for one year after the survey has closed. Then they are deleted, and only the compiled statistics remain. "
            + "In the results we never show groups of fewer than five people, and free-text answers are never reported by group. "
            + "Please do not write names or anything else that could identify you or someone else in the free-text boxes. "
            + "The municipal executive board of Sundsvall is responsible for the personal data. "
            + "If you have questions about how we handle it, contact the municipality's data protection officer at dataskyddsombud@sundsvall.se or Kontakt Sundsvall.",
        [
            new("How old are you?", ["Under 20", "20–39", "40–64", "65–79", "80 or older"]),
            new("Where in the municipality do you live?",
                ["Town centre", "Haga", "Skönsberg", "Nacksta", "Bydalen", "Alnö", "Njurunda", "Matfors", "Stöde", "Kovland", "Another part of the municipality"]),
            new("Do you use tobacco or nicotine?", ["No", "Yes, cigarettes", "Yes, snus or nicotine pouches", "Yes, e-cigarettes", "Prefer not to say"]),
            new("How often are you bothered by smoke while you wait for the bus?", Min: "Never", Max: "Every time"),
            new("Where do you think it should be smoke-free?",
                ["Bus stops", "Playgrounds", "Bathing places", "Sports grounds and stands", "Entrances to the municipality's buildings", "Outdoor cafés and restaurants", "Parks", "The town square"],
                Hint: "Choose as many as you like."),
            new("How important is it to you that these places are smoke-free?", ["Playgrounds", "Bus stops", "Bathing places", "Outdoor cafés and restaurants"],
                Min: "Not important at all", Max: "Very important"),
            new("Do you have any more thoughts about smoke-free places?",
                Hint: "Do not write names, personal identity numbers or anything else that could identify you or someone else."),
        ]);
}
