using System.ComponentModel.DataAnnotations;
using TransitOpt.Network.Loading;

namespace TransitOpt.Api.Options;

/// <summary>Where the network data is (configuration section <c>Data</c>).</summary>
internal sealed class DataOptions : IValidatableObject
{
    public const string Section = "Data";

    /// <summary>The data folder; default: the nearest <c>data</c> folder above the working directory or the program.</summary>
    public string? Directory { get; set; }

    /// <summary>The folder to load.</summary>
    public string ResolvedDirectory =>
        Directory ?? DataFiles.FindDataFolderAbove(System.IO.Directory.GetCurrentDirectory())
        ?? DataFiles.FindDataFolderAbove(AppContext.BaseDirectory)
        ?? Path.Combine(System.IO.Directory.GetCurrentDirectory(), "data");

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (!File.Exists(Path.Combine(ResolvedDirectory, DataFiles.Places)))
        {
            yield return new ValidationResult($"Data:Directory '{ResolvedDirectory}' holds no {DataFiles.Places}", [nameof(Directory)]);
        }
    }
}
