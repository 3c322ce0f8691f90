using Microsoft.Extensions.FileProviders;

namespace TransitOpt.Api.Hosting;

/// <summary>
/// The map workbench at <c>/</c>: the bundle the build copies to <c>workbench/</c> beside the assembly, served as static
/// files with <c>index.html</c> as the default document. No fallback route, so unknown API paths still answer 404.
/// </summary>
internal static class WorkbenchSetup
{
    public static void UseTransitOptWorkbench(this WebApplication app)
    {
        var folder = Path.Combine(AppContext.BaseDirectory, "workbench");
        if (!Directory.Exists(folder))
        {
            return;
        }

        var files = new PhysicalFileProvider(folder);
        app.UseDefaultFiles(new DefaultFilesOptions { FileProvider = files });
        app.UseStaticFiles(new StaticFileOptions { FileProvider = files });
    }
}
