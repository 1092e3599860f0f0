using System.Text;

namespace Halsoportal.Web.Features.Operations;

/// <summary>
/// Where the operator verbs read and write: the real terminal, or strings in tests.
/// <see cref="ReadSecret"/> is null when there is no terminal to read a password from without echo.
/// </summary>
internal sealed class OperatorConsole(TextReader input, TextWriter output, TextWriter error, Func<string, string?>? readSecret)
{
    public TextReader In { get; } = input;

    public TextWriter Out { get; } = output;

    public TextWriter Error { get; } = error;

    /// <summary>Shows a prompt and reads one line without echoing it; null without a terminal.</summary>
    public Func<string, string?>? ReadSecret { get; } = readSecret;

    /// <summary>The process's console; a secret can be read only when standard input is a terminal.</summary>
    public static OperatorConsole System() =>
        new(Console.In, Console.Out, Console.Error, Console.IsInputRedirected ? null : ReadWithoutEcho);

    // Prompts go to standard error, so standard output stays clean for whatever reads it.
    private static string? ReadWithoutEcho(string prompt)
    {
        Console.Error.Write(prompt);
        var text = new StringBuilder();
        while (true)
        {
            var key = Console.ReadKey(intercept: true);
            switch (key.Key)
            {
                case ConsoleKey.Enter:
                    Console.Error.WriteLine();
                    return text.ToString();
                case ConsoleKey.Backspace:
                    if (text.Length > 0)
                    {
                        text.Length--;
                    }

                    break;
                default:
                    if (!char.IsControl(key.KeyChar))
                    {
                        text.Append(key.KeyChar);
                    }

                    break;
            }
        }
    }
}
