namespace Halsoportal.Web.Features.Shared.QrCodes;

/// <summary>
/// How much of a QR code may be damaged or covered and still be read: roughly 7, 15, 25 and 30 %
/// of the codewords. Higher levels make a bigger symbol for the same text.
/// </summary>
public enum QrErrorCorrection
{
    /// <summary>About 7 % of the codewords can be restored (ISO/IEC 18004 level L).</summary>
    Low,

    /// <summary>About 15 % (level M), the usual choice for print.</summary>
    Medium,

    /// <summary>About 25 % (level Q).</summary>
    Quartile,

    /// <summary>About 30 % (level H), for codes that may get dirty or have a logo over them.</summary>
    High,
}
