using FluentValidation;
using Microsoft.Extensions.Options;

namespace ReportBot.Bot.Options;

/// <summary>Runs a FluentValidation validator over an options class when it is first built (at start-up).</summary>
internal sealed class FluentValidateOptions<TOptions>(IValidator<TOptions> validator) : IValidateOptions<TOptions>
    where TOptions : class
{
    public ValidateOptionsResult Validate(string? name, TOptions options)
    {
        var result = validator.Validate(options);
        return result.IsValid
            ? ValidateOptionsResult.Success
            : ValidateOptionsResult.Fail(result.Errors.Select(e => e.ErrorMessage));
    }
}
