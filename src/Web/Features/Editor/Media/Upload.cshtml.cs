using Halsoportal.Content.Editing;
using Halsoportal.Content.Media;
using Halsoportal.Media;
using Halsoportal.Media.Storage;
using Halsoportal.Media.Uploads;
using Halsoportal.Web.Features.Editor.Shared;
using Halsoportal.Web.Features.Media;
using Halsoportal.Web.Features.Shared;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;

namespace Halsoportal.Web.Features.Editor.Media;

/// <summary>
/// Uploads an image: the form is checked first, then the file (size, type, pixels, decoding), then
/// the renditions are stored and recorded. Any refusal leaves no files and no row. The body limit
/// is set on this page by <see cref="Web.Features.Media.MediaServiceCollectionExtensions.AddHalsoportalMediaLibrary"/>.
/// </summary>
public sealed class UploadModel(
    MediaLibraryService library, MediaUploadProcessor processor, IMediaStorage storage, IOptions<MediaOptions> options, ILogger<UploadModel> logger)
    : EditorPageModel
{
    public const string PageName = "/Editor/Media/Upload";

    [BindProperty]
    public MediaForm Input { get; set; } = new();

    [BindProperty]
    public IFormFile? ImageFile { get; set; }

    public IReadOnlyList<OwnerOption> Owners { get; private set; } = [];

    public MediaOptions Limits => options.Value;

    public async Task OnGetAsync([FromQuery(Name = "agare")] string? owner, CancellationToken cancellationToken)
    {
        await LoadAsync(cancellationToken);
        Input.Owner = Owners.FirstOrDefault(o => o.Value == owner)?.Value ?? (Owners.Count > 0 ? Owners[0].Value : null);
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        ModelState.AddFieldErrors(await library.ValidateNewAsync(Access, Input.Owner, Input.ToDetails(), cancellationToken));
        if (ImageFile is null)
        {
            AddError(nameof(ImageFile), "Välj en bild att ladda upp.");
        }

        if (!ModelState.IsValid || ImageFile is null)
        {
            return await PageAsync(cancellationToken);
        }

        MediaUploadResult upload;
        await using (var content = ImageFile.OpenReadStream())
        {
            upload = await processor.ProcessAsync(content, ImageFile.Length, cancellationToken);
        }

        if (!upload.IsStored)
        {
            LogRefusal(upload);
            AddError(nameof(ImageFile), upload.Message);
            if (upload.Status == MediaUploadStatus.StorageFailed)
            {
                Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
            }

            return await PageAsync(cancellationToken);
        }

        var result = await RecordAsync(upload, cancellationToken);
        if (result.Status != EditStatus.Done)
        {
            ModelState.AddFieldErrors(result.FieldErrors);
            return await PageAsync(cancellationToken);
        }

        MediaLog.Stored(logger, upload.FileKey!, upload.Width, upload.Height, upload.RenditionWidthsText);
        Notice = "Bilden är uppladdad. Kontrollera alternativtexten och fokuspunkten.";
        return Redirect($"/redaktor/bilder/{result.ItemId}");
    }

    /// <summary>Records the stored image; when that fails in any way, its files go too, so nothing is left half-done.</summary>
    private async Task<EditResult> RecordAsync(MediaUploadResult upload, CancellationToken cancellationToken)
    {
        var key = upload.FileKey!;
        try
        {
            var result = await library.AddAsync(Access, Input.Owner, new NewMedia(key, upload.Width, upload.Height, upload.RenditionWidthsText, Input.ToDetails()), cancellationToken);
            if (result.Status != EditStatus.Done)
            {
                MediaLog.NotRecorded(logger, null, key);
                await storage.DeleteAsync(key, CancellationToken.None);
            }

            return result;
        }
        catch (Exception ex)
        {
            MediaLog.NotRecorded(logger, ex, key);
            await storage.DeleteAsync(key, CancellationToken.None);
            throw;
        }
    }

    private void LogRefusal(MediaUploadResult upload)
    {
        if (upload.Status == MediaUploadStatus.StorageFailed)
        {
            MediaLog.StorageFailed(logger, upload.Detail);
        }
        else
        {
            MediaLog.Refused(logger, upload.Status, upload.Detail);
        }
    }

    private async Task<PageResult> PageAsync(CancellationToken cancellationToken)
    {
        await LoadAsync(cancellationToken);
        return Page();
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        Owners = await library.GetOwnerOptionsAsync(Access, cancellationToken);
        SetTitle("Ladda upp bild");
        Breadcrumbs = [new Crumb("Redaktör", "/redaktor"), new Crumb("Bilder", "/redaktor/bilder"), new Crumb("Ladda upp bild", null)];
    }
}
