using ReportBot.Bot;

namespace ReportBot.Tests.Hosting;

public sealed class ThreadPoolSpinningTests
{
    [Fact]
    public void On_one_core_idle_workers_sleep_at_once_so_they_do_not_take_the_core_from_the_turn()
    {
        Assert.Equal(0, ThreadPoolSpinning.LimitFor(1));
    }

    [Theory]
    [InlineData(2)]
    [InlineData(4)]
    [InlineData(64)]
    public void On_two_or_more_cores_the_runtimes_spinning_is_kept_so_a_turn_is_picked_up_without_a_wake_up(int cores)
    {
        Assert.Null(ThreadPoolSpinning.LimitFor(cores));
    }
}
