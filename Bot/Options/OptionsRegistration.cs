using FluentValidation;
using Microsoft.Extensions.Options;

namespace ReportBot.Bot.Options;

/// <summary>Binds an options class to configuration and validates it at start-up.</summary>
public static class OptionsRegistration
{
    /// <summary>
    /// Binds <typeparamref name="TOptions"/> to <paramref name="section"/> (the root when empty) and validates it with
    /// <typeparamref name="TValidator"/> when the app starts, so a bad setting stops the app with a message naming it.
    /// </summary>
    public static OptionsBuilder<TOptions> AddValidatedOptions<TOptions, TValidator>(this IServiceCollection services, IConfiguration configuration, string section)
        where TOptions : class
        where TValidator : class, IValidator<TOptions>
    {
        services.AddSingleton<IValidator<TOptions>, TValidator>();
        services.AddSingleton<IValidateOptions<TOptions>, FluentValidateOptions<TOptions>>();
        var source = string.IsNullOrEmpty(section) ? configuration : configuration.GetSection(section);
        return services.AddOptions<TOptions>().Bind(source).ValidateOnStart();
    }
}
