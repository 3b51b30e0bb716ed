using System.Reflection;
using System.Reflection.Emit;
using System.Runtime.CompilerServices;

namespace ReportBot.Tests.Support;

/// <summary>
/// Reads the IL of a test class (its methods, lambdas, async state machines, base classes, fixtures, and every method of
/// this assembly they call, transitively) and names what it starts outside the test's own memory: Kestrel, Azurite,
/// Chromium or a child process. What a test merely mentions (a field, a type) does not count; what it calls does.
/// </summary>
public static class SlowDependencyScanner
{
    private const BindingFlags Declared = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;

    // Calling any member of these starts (or talks to what was started by) a server, an emulator or a browser.
    private static readonly Dictionary<Type, string> SlowTypes = new()
    {
        [typeof(RunningBot)] = "Kestrel (RunningBot)",
        [typeof(RecordingServer)] = "Kestrel (RecordingServer)",
        [typeof(BotProcess)] = "a bot process",
        [typeof(Browser.Chromium)] = "Chromium",
        [typeof(Microsoft.Playwright.Playwright)] = "Chromium",
    };

    // Members that start something; other members of these types (building an app without starting it, finding the
    // repository's root) stay fast.
    private static readonly (Type Type, string Prefix, string What)[] SlowMembers =
    [
        (typeof(AzuriteInstance), "Start", "Azurite"),
        (typeof(Microsoft.AspNetCore.Builder.WebApplication), "Start", "Kestrel (WebApplication)"),
        (typeof(Microsoft.AspNetCore.Builder.WebApplication), "Run", "Kestrel (WebApplication)"),
        (typeof(Microsoft.Extensions.Hosting.HostingAbstractionsHostExtensions), "Start", "a host"),
        (typeof(Microsoft.Extensions.Hosting.HostingAbstractionsHostExtensions), "Run", "a host"),
        (typeof(Microsoft.Extensions.Hosting.IHost), "Start", "a host"),
        (typeof(System.Diagnostics.Process), "Start", "a child process"),
    ];

    private static readonly OpCode[] OneByte = new OpCode[256];
    private static readonly OpCode[] TwoByte = new OpCode[256];

    static SlowDependencyScanner()
    {
        foreach (var field in typeof(OpCodes).GetFields(BindingFlags.Public | BindingFlags.Static))
        {
            var code = (OpCode)field.GetValue(null)!;
            var value = (ushort)code.Value;
            (code.Size == 1 ? OneByte : TwoByte)[value & 0xff] = code;
        }
    }

    /// <summary>What the tests of <paramref name="testClass"/> start, each with the first method found to start it; empty when they all run in memory.</summary>
    public static IReadOnlyList<string> WhatStarts(Type testClass)
    {
        var found = new SortedSet<string>(StringComparer.Ordinal);
        var seen = new HashSet<MethodBase>();
        var pending = new Stack<MethodBase>(Roots(testClass));
        while (pending.TryPop(out var method))
        {
            if (!seen.Add(method))
            {
                continue;
            }

            foreach (var called in Called(method))
            {
                if (Slow(called) is { } what)
                {
                    found.Add($"{what}, from {Describe(method)}");
                }
                else if (called.Module == testClass.Module)
                {
                    pending.Push(Definition(called));
                }
            }
        }

        // One line per kind of thing started is enough to act on.
        return found.GroupBy(f => f[..f.IndexOf(", from", StringComparison.Ordinal)]).Select(g => g.First()).ToList();
    }

    private static IEnumerable<MethodBase> Roots(Type testClass)
    {
        var types = new List<Type>();
        for (var type = testClass; type is not null && type.Module == testClass.Module; type = type.BaseType)
        {
            types.Add(type);
        }

        // A class fixture is started by xunit before the first test, whether or not the constructor takes it.
        types.AddRange(testClass.GetInterfaces()
            .Where(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IClassFixture<>))
            .Select(i => i.GetGenericArguments()[0])
            .Concat(testClass.GetConstructors().SelectMany(c => c.GetParameters()).Select(p => p.ParameterType))
            .Where(t => t.Module == testClass.Module));
        return types.SelectMany(WithNested).SelectMany(t => t.GetMethods(Declared).Cast<MethodBase>().Concat(t.GetConstructors(Declared)));
    }

    private static IEnumerable<Type> WithNested(Type type) => new[] { type }.Concat(type.GetNestedTypes(Declared).SelectMany(WithNested));

    private static string? Slow(MethodBase method)
    {
        var type = method.DeclaringType is { IsGenericType: true } generic ? generic.GetGenericTypeDefinition() : method.DeclaringType;
        if (type is null)
        {
            return null;
        }

        if (SlowTypes.TryGetValue(type, out var what))
        {
            return what;
        }

        return SlowMembers.FirstOrDefault(m => m.Type == type && method.Name.StartsWith(m.Prefix, StringComparison.Ordinal)).What;
    }

    // "<Test_name>d__3.MoveNext" or "<>c__DisplayClass0_0.<Test_name>b__1" as the source reads: "Tests.Test_name".
    private static string Describe(MethodBase method)
    {
        var type = method.DeclaringType;
        var name = method.Name;
        while (type is { IsNested: true } && type.Name.StartsWith('<'))
        {
            if (type.Name.IndexOf('>') > 1)
            {
                name = type.Name;
            }

            type = type.DeclaringType;
        }

        var readable = name.TrimStart('<');
        readable = readable.Contains('>') ? readable[..readable.IndexOf('>')] : readable;
        return $"{type?.Name}.{readable}";
    }

    private static MethodBase Definition(MethodBase method) =>
        method.Module.ResolveMethod(method.MetadataToken) ?? method;

    private static IEnumerable<MethodBase> Called(MethodBase method)
    {
        // An async method or iterator keeps its body in a compiler-generated state machine.
        if (method.GetCustomAttribute<StateMachineAttribute>() is { } machine)
        {
            yield return machine.StateMachineType.GetMethod("MoveNext", Declared)!;
        }

        var il = method.GetMethodBody()?.GetILAsByteArray();
        if (il is null)
        {
            yield break;
        }

        var typeArguments = method.DeclaringType?.IsGenericType == true ? method.DeclaringType.GetGenericArguments() : null;
        var methodArguments = method.IsGenericMethod ? method.GetGenericArguments() : null;
        var at = 0;
        while (at < il.Length)
        {
            var code = il[at] == 0xfe ? TwoByte[il[++at]] : OneByte[il[at]];
            at++;
            if (code.OperandType == OperandType.InlineMethod && Resolve(method.Module, BitConverter.ToInt32(il, at), typeArguments, methodArguments) is { } called)
            {
                yield return called;
            }

            at += OperandSize(code, il, at);
        }
    }

    private static MethodBase? Resolve(Module module, int token, Type[]? typeArguments, Type[]? methodArguments)
    {
        try
        {
            return module.ResolveMethod(token, typeArguments, methodArguments);
        }
        catch (ArgumentException)
        {
            return null;
        }
        catch (TypeLoadException)
        {
            return null;
        }
    }

    private static int OperandSize(OpCode code, byte[] il, int at) => code.OperandType switch
    {
        OperandType.InlineNone => 0,
        OperandType.ShortInlineBrTarget or OperandType.ShortInlineI or OperandType.ShortInlineVar => 1,
        OperandType.InlineVar => 2,
        OperandType.InlineI8 or OperandType.InlineR => 8,
        OperandType.InlineSwitch => 4 + (4 * BitConverter.ToInt32(il, at)),
        _ => 4,
    };
}
