using ReportBot.Dialogs.Reports;

namespace ReportBot.Tests.Dialogs.Reports;

public sealed class CasesOptionsValidatorTests
{
    private readonly CasesOptionsValidator _validator = new();

    [Fact]
    public void Defaults_are_valid()
    {
        Assert.True(_validator.Validate(new CasesOptions()).IsValid);
    }

    [Fact]
    public void A_short_pepper_or_too_few_iterations_are_refused()
    {
        Assert.False(_validator.Validate(new CasesOptions { CodePepper = "short" }).IsValid);
        Assert.False(_validator.Validate(new CasesOptions { HashIterations = 1000 }).IsValid);
        Assert.False(_validator.Validate(new CasesOptions { MaxCodeAttempts = 0 }).IsValid);
    }
}
