class P
{
    // "storage": the storage benchmark (bench/Storage). Other modes belong to the main benchmark.
    static async Task<int> Main(string[] args) =>
        args.FirstOrDefault() == "storage" ? await ReportBot.Benchmarks.Storage.StorageBenchmark.RunAsync(args[1..]) : 0;
}
