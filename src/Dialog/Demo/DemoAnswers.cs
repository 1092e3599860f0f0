using Halsoportal.Dialog.Answering;
using Halsoportal.Dialog.Surveys;

namespace Halsoportal.Dialog.Demo;

/// <summary>
/// One made-up participant: the groups they belong to (index of the option on the survey's age
/// and area questions, −1 when they skip it) and a general leaning (a standard normal number),
/// so that one person's answers hang together instead of being independent dice throws.
/// </summary>
internal sealed class DemoPerson(int age, int area, double leaning)
{
    public int Age { get; } = age;

    public int Area { get; } = area;

    /// <summary>Positive: more satisfied and more active than average; negative: less.</summary>
    public double Leaning { get; } = leaning;
}

/// <summary>How a made-up participant answers one question. Null means the question is skipped.</summary>
internal abstract class AnswerPlan
{
    public abstract AnswerInput? Answer(Random random, DemoPerson person, Question question);

    /// <summary>A standard normal number (Box–Muller).</summary>
    protected static double Normal(Random random)
    {
        var u = 1.0 - random.NextDouble();
        return Math.Sqrt(-2.0 * Math.Log(u)) * Math.Cos(2.0 * Math.PI * random.NextDouble());
    }

    /// <summary>An index drawn with the given (not necessarily normalised) weights.</summary>
    protected static int Draw(Random random, IReadOnlyList<double> weights)
    {
        var total = weights.Sum();
        var x = random.NextDouble() * total;
        for (var i = 0; i < weights.Count; i++)
        {
            x -= weights[i];
            if (x < 0)
            {
                return i;
            }
        }

        return weights.Count - 1;
    }

    protected static bool Skips(Random random, Question question, double skip) => !question.Required && random.NextDouble() < skip;

    protected static int Clamp(Question question, double value) =>
        Math.Clamp((int)Math.Round(value), question.ScaleMin ?? 1, question.ScaleMax ?? 5);

    protected static void CheckLength(Question question, int count, string what)
    {
        if (count != question.Options.Count)
        {
            throw new InvalidOperationException($"Demo plan for question {question.Order} ({question.Text}) gives {count} {what} for {question.Options.Count} options.");
        }
    }
}

/// <summary>A background question: the person's group, decided in advance so group sizes are exact.</summary>
internal sealed class BackgroundPlan(bool isAge) : AnswerPlan
{
    public bool IsAge { get; } = isAge;

    public override AnswerInput? Answer(Random random, DemoPerson person, Question question)
    {
        var index = IsAge ? person.Age : person.Area;
        return index < 0 ? null : AnswerInput.Choice(question.Options[index].Id);
    }
}

/// <summary>Single choice by weights that may depend on the person.</summary>
internal sealed class PickPlan(Func<DemoPerson, double[]> weights, double skip) : AnswerPlan
{
    public override AnswerInput? Answer(Random random, DemoPerson person, Question question)
    {
        if (Skips(random, question, skip))
        {
            return null;
        }

        var w = weights(person);
        CheckLength(question, w.Length, "weights");
        return AnswerInput.Choice(question.Options[Draw(random, w)].Id);
    }
}

/// <summary>
/// Multiple choice: each option is ticked with its own probability; more than
/// <see cref="Question.MaxChoices"/> ticks are cut at random, none at all becomes one (or a skip).
/// </summary>
internal sealed class ManyPlan(Func<DemoPerson, double[]> probabilities, double skip) : AnswerPlan
{
    public override AnswerInput? Answer(Random random, DemoPerson person, Question question)
    {
        if (Skips(random, question, skip))
        {
            return null;
        }

        var p = probabilities(person);
        CheckLength(question, p.Length, "probabilities");
        var ticked = Enumerable.Range(0, p.Length).Where(i => random.NextDouble() < p[i]).ToList();
        if (ticked.Count == 0)
        {
            ticked.Add(Draw(random, p));
        }

        var max = question.MaxChoices ?? question.Options.Count;
        while (ticked.Count > max)
        {
            ticked.RemoveAt(random.Next(ticked.Count));
        }

        return AnswerInput.Choice([.. ticked.Select(i => question.Options[i].Id)]);
    }
}

/// <summary>A scale value around a mean that may depend on the person.</summary>
internal sealed class RatePlan(Func<DemoPerson, double> mean, double spread, double skip) : AnswerPlan
{
    public override AnswerInput? Answer(Random random, DemoPerson person, Question question) =>
        Skips(random, question, skip) ? null : AnswerInput.Scale(Clamp(question, mean(person) + 0.5 * person.Leaning + spread * Normal(random)));
}

/// <summary>A matrix: a value per row around the row's mean; an optional matrix may leave rows out.</summary>
internal sealed class GridPlan(Func<DemoPerson, double[]> means, double spread, double skip, double rowSkip) : AnswerPlan
{
    public override AnswerInput? Answer(Random random, DemoPerson person, Question question)
    {
        if (Skips(random, question, skip))
        {
            return null;
        }

        var m = means(person);
        CheckLength(question, m.Length, "row means");
        var rows = new Dictionary<int, int>();
        for (var i = 0; i < m.Length; i++)
        {
            if (question.Required || random.NextDouble() >= rowSkip)
            {
                rows[question.Options[i].Id] = Clamp(question, m[i] + 0.4 * person.Leaning + spread * Normal(random));
            }
        }

        return rows.Count == 0 ? null : AnswerInput.Matrix(rows);
    }
}

/// <summary>A ranking drawn item by item with the weights of those left (Plackett–Luce): heavier items tend to come first.</summary>
internal sealed class RankPlan(Func<DemoPerson, double[]> weights, double skip) : AnswerPlan
{
    public override AnswerInput? Answer(Random random, DemoPerson person, Question question)
    {
        if (Skips(random, question, skip))
        {
            return null;
        }

        var w = weights(person);
        CheckLength(question, w.Length, "weights");
        var left = Enumerable.Range(0, w.Length).ToList();
        var order = new List<int>(w.Length);
        while (left.Count > 0)
        {
            var pick = Draw(random, [.. left.Select(i => w[i])]);
            order.Add(question.Options[left[pick]].Id);
            left.RemoveAt(pick);
        }

        return AnswerInput.Ranking([.. order]);
    }
}

/// <summary>Free text: a share of the participants write one of the comments in the pool.</summary>
internal sealed class TextPlan(IReadOnlyList<string> pool, double share) : AnswerPlan
{
    public IReadOnlyList<string> Pool { get; } = pool;

    public override AnswerInput? Answer(Random random, DemoPerson person, Question question) =>
        !question.Required && random.NextDouble() >= share ? null : AnswerInput.FreeText(Pool[random.Next(Pool.Count)]);
}

/// <summary>Shorthands for the survey definitions.</summary>
internal static class Plan
{
    public static AnswerPlan Age { get; } = new BackgroundPlan(isAge: true);

    public static AnswerPlan Area { get; } = new BackgroundPlan(isAge: false);

    public static AnswerPlan Pick(params double[] weights) => new PickPlan(_ => weights, 0);

    public static AnswerPlan Pick(Func<DemoPerson, double[]> weights, double skip = 0) => new PickPlan(weights, skip);

    public static AnswerPlan Many(params double[] probabilities) => new ManyPlan(_ => probabilities, 0);

    public static AnswerPlan Many(Func<DemoPerson, double[]> probabilities, double skip = 0) => new ManyPlan(probabilities, skip);

    public static AnswerPlan Rate(Func<DemoPerson, double> mean, double spread = 0.9, double skip = 0) => new RatePlan(mean, spread, skip);

    public static AnswerPlan Grid(Func<DemoPerson, double[]> means, double spread = 0.9, double skip = 0, double rowSkip = 0) => new GridPlan(means, spread, skip, rowSkip);

    public static AnswerPlan Rank(Func<DemoPerson, double[]> weights, double skip = 0) => new RankPlan(weights, skip);

    public static AnswerPlan Text(IReadOnlyList<string> pool, double share) => new TextPlan(pool, share);
}

/// <summary>Makes a survey's participants and their answers, deterministically from a seed.</summary>
internal static class DemoAnswerGenerator
{
    /// <summary>
    /// Exact group sizes from shares (largest remainder), in random order: the index of the
    /// group per person, −1 for the last share when <paramref name="lastIsSkip"/>.
    /// </summary>
    public static int[] Allocate(IReadOnlyList<double> shares, int count, bool lastIsSkip, Random random)
    {
        var total = shares.Sum();
        var exact = shares.Select(s => s / total * count).ToArray();
        var sizes = exact.Select(e => (int)Math.Floor(e)).ToArray();
        foreach (var i in Enumerable.Range(0, sizes.Length).OrderByDescending(i => exact[i] - sizes[i]).ThenBy(i => i).Take(count - sizes.Sum()))
        {
            sizes[i]++;
        }

        var groups = new int[count];
        var next = 0;
        for (var g = 0; g < sizes.Length; g++)
        {
            for (var k = 0; k < sizes[g]; k++)
            {
                groups[next++] = lastIsSkip && g == sizes.Length - 1 ? -1 : g;
            }
        }

        random.Shuffle(groups);
        return groups;
    }

    /// <summary>
    /// The answers of one person, question by question in survey order: a conditional question
    /// only when its condition holds (exactly as <see cref="AnswerValidator"/> decides what is shown).
    /// </summary>
    public static Dictionary<int, AnswerInput> Answer(Survey survey, IReadOnlyDictionary<int, AnswerPlan> plans, DemoPerson person, Random random)
    {
        var answers = new Dictionary<int, AnswerInput>();
        var chosen = new Dictionary<int, IReadOnlyList<int>>();
        foreach (var question in survey.Questions.OrderBy(q => q.Order))
        {
            if (question.ShowWhenQuestionId is { } conditionId
                && !(chosen.TryGetValue(conditionId, out var options) && options.Contains(question.ShowWhenOptionId!.Value)))
            {
                continue;
            }

            if (plans[question.Id].Answer(random, person, question) is not { } input)
            {
                continue;
            }

            answers[question.Id] = input;
            if (question.IsChoice)
            {
                chosen[question.Id] = input.OptionIds;
            }
        }

        return answers;
    }

    /// <summary>
    /// A moment in [<paramref name="from"/>, <paramref name="to"/>), most answers early (the
    /// launch, the first reminder) and fewer towards the end, as real dialogs go.
    /// </summary>
    public static DateTime MomentBetween(DateTime from, DateTime to, Random random)
    {
        var span = (to - from).Ticks;
        var u = random.NextDouble();
        var skewed = random.NextDouble() < 0.75 ? Math.Pow(u, 1.8) : u;
        return from.AddTicks(Math.Min(span - 1, (long)(skewed * span)));
    }

    public static double Leaning(Random random)
    {
        var u = 1.0 - random.NextDouble();
        return Math.Sqrt(-2.0 * Math.Log(u)) * Math.Cos(2.0 * Math.PI * random.NextDouble());
    }
}
