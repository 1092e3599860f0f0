using Halsoportal.Content.ContactPoints.Places;

namespace Halsoportal.Content.Tests.ContactPoints.Places;

public sealed class GeoPointTests
{
    [Fact]
    public void DistanceKm_SamePoint_IsZero()
    {
        var sundsvall = new GeoPoint(62.3908, 17.3069);
        Assert.Equal(0.0, sundsvall.DistanceKm(sundsvall), 9);
    }

    [Fact]
    public void DistanceKm_OneDegreeAlongTheEquator_IsOneThreeHundredSixtiethOfTheCircumference()
    {
        var expected = 2 * Math.PI * GeoPoint.MeanEarthRadiusKm / 360;
        Assert.Equal(expected, new GeoPoint(0, 0).DistanceKm(new GeoPoint(0, 1)), 6);
        Assert.Equal(111.195, expected, 3);
    }

    [Fact]
    public void DistanceKm_AntipodalPoints_IsHalfTheCircumference()
    {
        Assert.Equal(Math.PI * GeoPoint.MeanEarthRadiusKm, new GeoPoint(0, 0).DistanceKm(new GeoPoint(0, 180)), 6);
    }

    [Fact]
    public void DistanceKm_StockholmToGothenburg_IsAbout398KmEitherWay()
    {
        var stockholm = new GeoPoint(59.3293, 18.0686);
        var goteborg = new GeoPoint(57.7089, 11.9746);
        Assert.InRange(stockholm.DistanceKm(goteborg), 395, 400);
        Assert.Equal(stockholm.DistanceKm(goteborg), goteborg.DistanceKm(stockholm), 9);
    }

    public static TheoryData<string, double, double> Swedish => new()
    {
        { "Stockholm", 59.3293, 18.0686 },
        { "Kiruna", 67.8558, 20.2253 },
        { "Ystad", 55.4295, 13.8200 },
        { "Smygehuk", 55.3380, 13.3590 },
        { "Falsterbo", 55.3990, 12.8230 },
        { "Helsingborg", 56.0465, 12.6945 },
        { "Ven", 55.9080, 12.6960 },
        { "Strömstad", 58.9395, 11.1712 },
        { "Nordkoster", 58.8990, 11.0060 },
        { "Töcksfors", 59.5093, 11.8425 },
        { "Storlien", 63.3170, 12.1000 },
        { "Riksgränsen", 68.4260, 18.1280 },
        { "Abisko", 68.3490, 18.8310 },
        { "Karesuando", 68.4405, 22.4743 },
        { "Pajala", 67.2128, 23.3661 },
        { "Haparanda", 65.8355, 24.1368 },
        { "Luleå", 65.5842, 22.1547 },
        { "Holmön", 63.7900, 20.8700 },
        { "Sundsvall", 62.3908, 17.3069 },
        { "Öregrund", 60.3381, 18.4422 },
        { "Visby", 57.6348, 18.2948 },
        { "Fårösund", 57.8630, 19.0509 },
        { "Gotska Sandön", 58.3700, 19.2200 },
        { "Borgholm (Öland)", 56.8793, 16.6563 },
        { "Ottenby (Öland)", 56.2300, 16.4200 },
        { "Karlskrona", 56.1612, 15.5869 },
    };

    [Theory]
    [MemberData(nameof(Swedish))]
    public void IsInSweden_SwedishPlace_IsTrue(string place, double latitude, double longitude)
    {
        Assert.True(GeoPoint.IsInSweden(latitude, longitude), place);
        Assert.True(new GeoPoint(latitude, longitude).IsInSweden(), place);
    }

    public static TheoryData<string, double, double> Foreign => new()
    {
        { "Oslo", 59.9139, 10.7522 },
        { "Helsinki", 60.1699, 24.9384 },
        { "Copenhagen", 55.6761, 12.5683 },
        { "Dragør", 55.5930, 12.6720 },
        { "Helsingør (Kronborg)", 56.0390, 12.6213 },
        { "Gilleleje", 56.1230, 12.3100 },
        { "Anholt", 56.7100, 11.5700 },
        { "Rønne (Bornholm)", 55.1000, 14.7000 },
        { "Hammeren (Bornholm)", 55.2900, 14.7700 },
        { "Tromsø", 69.6492, 18.9553 },
        { "Bergen", 60.3913, 5.3221 },
        { "Trondheim", 63.4305, 10.3951 },
        { "Halden", 59.1250, 11.3870 },
        { "Røros", 62.5747, 11.3842 },
        { "Mo i Rana", 66.3128, 14.1428 },
        { "Bodø", 67.2804, 14.4049 },
        { "Narvik", 68.4385, 17.4272 },
        { "Mariehamn", 60.0973, 19.9348 },
        { "Vaasa", 63.0951, 21.6165 },
        { "Turku", 60.4518, 22.2666 },
        { "Oulu", 65.0121, 25.4651 },
        { "Tallinn", 59.4370, 24.7536 },
        { "Sundsvall with latitude and longitude swapped", 17.3069, 62.3908 },
        { "Sundsvall with a lost minus sign", 62.3908, -17.3069 },
        { "Null Island", 0, 0 },
    };

    [Theory]
    [MemberData(nameof(Foreign))]
    public void IsInSweden_ForeignOrWrongPoint_IsFalse(string place, double latitude, double longitude)
    {
        Assert.False(GeoPoint.IsInSweden(latitude, longitude), place);
    }

    [Theory]
    [InlineData(double.NaN, 17.3)]
    [InlineData(62.4, double.NaN)]
    [InlineData(double.PositiveInfinity, 17.3)]
    public void IsInSweden_NotANumber_IsFalse(double latitude, double longitude)
    {
        Assert.False(GeoPoint.IsInSweden(latitude, longitude));
    }
}
