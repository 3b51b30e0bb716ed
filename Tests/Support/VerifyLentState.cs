using System.Runtime.CompilerServices;
using ReportBot.Bot.Storage.State;

namespace ReportBot.Tests.Support;

/// <summary>
/// Every in-process bot in this test run checks, when a turn takes the state objects the conversation's previous turn
/// lent it, that they still serialise to the bytes that turn saved: any code that changes conversation state after
/// the save (which lending would carry into the next turn) fails the conversation's test instead of passing unnoticed.
/// </summary>
internal static class VerifyLentState
{
#pragma warning disable CA2255 // A test assembly's own switch, set before any test runs.
    [ModuleInitializer]
#pragma warning restore CA2255
    internal static void TurnOn() => StateCache.VerifyLent = true;
}
