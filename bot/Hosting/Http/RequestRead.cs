using System.Diagnostics.CodeAnalysis;
using Microsoft.AspNetCore.Http.HttpResults;

namespace AllyBot.Bot.Hosting.Http;

/// <summary>
/// What reading a request gave: the value (a body's bytes, a parsed payload; null for an optional body that was
/// absent), or the 4xx problem to answer with. The one result shape of every edge's reader.
/// </summary>
public readonly record struct RequestRead<T>(T? Value, ProblemHttpResult? Problem)
{
    [MemberNotNullWhen(false, nameof(Problem))]
    public bool Succeeded => Problem is null;

    public static RequestRead<T> Ok(T? value) => new(value, null);

    public static RequestRead<T> Fail(ProblemHttpResult problem) => new(default, problem);

    /// <summary>The same problem, for a read of another type.</summary>
    public RequestRead<TOther> FailAs<TOther>() =>
        RequestRead<TOther>.Fail(Problem ?? throw new InvalidOperationException("The read succeeded."));
}
