namespace TransitOpt.Network.Loading;

/// <summary>The data could not be loaded; <see cref="Errors"/> says where and why.</summary>
public sealed class NetworkDataException : Exception
{
    /// <summary>Creates the exception from the errors found.</summary>
    public NetworkDataException(IReadOnlyList<DataError> errors)
        : base(Describe(errors))
    {
        Errors = errors;
    }

    /// <summary>Creates an exception with a message only.</summary>
    public NetworkDataException(string message)
        : base(message)
    {
        Errors = [];
    }

    /// <summary>Creates an exception with a message and its cause.</summary>
    public NetworkDataException(string message, Exception innerException)
        : base(message, innerException)
    {
        Errors = [];
    }

    /// <summary>Every error found, in file order.</summary>
    public IReadOnlyList<DataError> Errors { get; }

    private static string Describe(IReadOnlyList<DataError> errors) =>
        $"The network data has {errors.Count} error(s):{Environment.NewLine}"
        + string.Join(Environment.NewLine, errors.Take(20).Select(e => "  " + e));
}
