namespace ReportBot.Bot.Storage.Objects;

/// <summary>
/// Group commit with a leader: items from concurrent callers are made durable together by one call of the commit
/// function (one fsync for the batch), and each caller waits for the batch that holds its item. A caller on a
/// thread-pool thread that finds no commit running commits its own item at once, on its own thread, and goes on
/// without waiting for another thread: at a human pace most turns find the writer idle, and each hand-over between
/// threads (queue, wake a worker, queue the continuation, wake another) cost a turn tenths of a millisecond at the
/// tail (README, "Commits on the caller's thread"). Only when the thread pool has nothing else waiting, though: under
/// load a hand-over costs nothing (the thread goes on with other turns) and the items that pile up meanwhile share one
/// sync, where leading would sync one item at a time. Items that arrive while a commit runs are queued and committed
/// together as soon as it ends, by the committer's own thread, not a thread-pool worker: a worker held in a sync (a
/// drain round's batches of appends one after another) is a worker the turns' continuations wait for (README, "The
/// committer's own thread, made where it keeps the process's priority"). That thread is made with the committer, by
/// whoever opens the store, and not by the first caller that queues: on Linux a thread inherits its maker's niceness,
/// and the first to queue is often the low-priority drain thread. Other threads (the transcript drainer's low-priority
/// thread) always queue: a low-priority thread holding the commit would make turns wait for it.
/// Background items (the drainer's appends, a round's worth at once) wait behind every other item, go at most
/// <c>maxBackground</c> to a batch and never share a batch with other items: a turn that arrives during a drain round
/// waits for the small batch of appends being written, if any, and then for a sync of its own, not for the round's
/// whole write and sync (README, "The drain's writes behind the turns'").
/// One commit runs at a time, so the commit function needs no locking of its own; items of each kind are committed in
/// the order they were accepted (an item of a turn may be committed before background items accepted earlier).
/// </summary>
/// <typeparam name="TItem">What a caller hands in.</typeparam>
/// <typeparam name="TResult">What a batch's commit returns to each of its callers (the journal file's number).</typeparam>
internal sealed class GroupCommit<TItem, TResult>
{
    private readonly Func<IReadOnlyList<TItem>, TResult> _commit;
    private readonly int _maxBatch;
    private readonly int _maxBackground;
    private readonly Lock _gate = new();
    private readonly Queue<(TItem Item, TaskCompletionSource<TResult> Done)> _background = new();
    private readonly List<TItem> _one = new(1);
    private List<(TItem Item, TaskCompletionSource<TResult> Done)> _queued = [];
    private List<(TItem Item, TaskCompletionSource<TResult> Done)> _spare = [];
    private readonly Worker _worker;
    private bool _running;
    private bool _closed;
    private TaskCompletionSource? _idle;

    /// <param name="commit">
    /// Makes a batch durable and returns only then; throws when it could not (every caller of the batch sees the
    /// exception, nothing of it is acknowledged). Never called by two threads at once.
    /// </param>
    /// <param name="maxBatch">The most items one call of <paramref name="commit"/> is given.</param>
    /// <param name="maxBackground">The most background items one call is given.</param>
    /// <param name="threadName">The name of the thread that commits queued items (profiles and tests find it by it).</param>
    public GroupCommit(Func<IReadOnlyList<TItem>, TResult> commit, int maxBatch, int maxBackground = int.MaxValue, string threadName = "group commit")
    {
        _commit = commit;
        _maxBatch = maxBatch;
        _maxBackground = Math.Min(maxBackground, maxBatch);
        _worker = new Worker(this, threadName);
    }

    /// <summary>
    /// Commits <paramref name="item"/> with whatever else is waiting; the task ends once it is durable. A
    /// <paramref name="background"/> item is always queued, behind the others.
    /// </summary>
    public Task<TResult> CommitAsync(TItem item, bool background = false)
    {
        lock (_gate)
        {
            ObjectDisposedException.ThrowIf(_closed, this);
            var lead = !background && !_running && Thread.CurrentThread.IsThreadPoolThread && ThreadPool.PendingWorkItemCount == 0;
            if (!lead)
            {
                var done = new TaskCompletionSource<TResult>(TaskCreationOptions.RunContinuationsAsynchronously);
                if (background)
                {
                    _background.Enqueue((item, done));
                }
                else
                {
                    _queued.Add((item, done));
                }

                if (!_running)
                {
                    _running = true;
                    StartWorker();
                }

                return done.Task;
            }

            _running = true;
        }

        // The leader: nothing was running, so this caller commits its own item here.
        Task<TResult> result;
        try
        {
            _one.Add(item);
            result = Task.FromResult(_commit(_one));
        }
        catch (Exception e)
        {
            result = Task.FromException<TResult>(e);
        }
        finally
        {
            _one.Clear();
        }

        HandOver();
        return result;
    }

    /// <summary>No new item is taken; returns once everything taken is committed (or has failed).</summary>
    public Task CloseAsync()
    {
        lock (_gate)
        {
            _closed = true;
            if (!_running)
            {
                _worker.Stop();
                return Task.CompletedTask;
            }

            _idle ??= new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            return _idle.Task;
        }
    }

    // After a commit: items queued meanwhile go to the committer's thread (the leader's caller should not wait for
    // them), or the committer becomes idle.
    private void HandOver()
    {
        lock (_gate)
        {
            if (_queued.Count > 0 || _background.Count > 0)
            {
                StartWorker();
                return;
            }

            Idle();
        }
    }

    // Under _gate, when the queue has items and nothing commits them: _running is set, so this is called again only
    // after CommitQueued has found the queue empty and gone idle.
    private void StartWorker() => _worker.Wake();

    private void CommitQueued()
    {
        var items = new List<TItem>();
        while (true)
        {
            List<(TItem Item, TaskCompletionSource<TResult> Done)> batch;
            lock (_gate)
            {
                if (_queued.Count == 0 && _background.Count == 0)
                {
                    Idle();
                    return;
                }

                batch = _queued;
                _queued = _spare;
                _spare = batch;

                // Background items only in a batch of their own: a turn's item waits for the batch running when it
                // arrived and then for its own sync, never for a sync that also carries a drain's appends.
                for (var taken = 0; batch.Count == 0 && taken < _maxBackground && _background.TryDequeue(out var next); taken++)
                {
                    batch.Add(next);
                }
            }

            for (var start = 0; start < batch.Count; start += _maxBatch)
            {
                var count = Math.Min(_maxBatch, batch.Count - start);
                items.Clear();
                for (var i = start; i < start + count; i++)
                {
                    items.Add(batch[i].Item);
                }

                try
                {
                    var result = _commit(items);
                    for (var i = start; i < start + count; i++)
                    {
                        batch[i].Done.TrySetResult(result);
                    }
                }
                catch (Exception e)
                {
                    for (var i = start; i < start + count; i++)
                    {
                        batch[i].Done.TrySetException(e);
                    }
                }
            }

            batch.Clear();
            items.Clear();
        }
    }

    // Under _gate.
    private void Idle()
    {
        _running = false;
        if (_closed)
        {
            _worker.Stop();
        }

        _idle?.TrySetResult();
    }

    /// <summary>
    /// The committer's thread. It holds its committer only weakly, so a committer dropped without being closed (a
    /// store a test never disposed) does not keep a thread for the life of the process: the thread looks every few
    /// seconds and ends once its committer is gone.
    /// </summary>
    private sealed class Worker
    {
        private static readonly TimeSpan LookAgain = TimeSpan.FromSeconds(5);
        // No spinning before it sleeps: on two cores a committer spinning for the next batch takes the core from the
        // turns that would give it one. Set when queued items want committing; the thread resets it before it commits.
        private readonly ManualResetEventSlim _wanted = new(false, spinCount: 0);
        private readonly WeakReference<GroupCommit<TItem, TResult>> _owner;
        private volatile bool _stopping;

        public Worker(GroupCommit<TItem, TResult> owner, string name)
        {
            _owner = new WeakReference<GroupCommit<TItem, TResult>>(owner);

            // UnsafeStart: the thread carries no execution context of whoever made the committer.
            new Thread(static self => ((Worker)self!).Run()) { IsBackground = true, Name = name }.UnsafeStart(this);
        }

        public void Wake() => _wanted.Set();

        // Under the committer's _gate, once it is closed and idle: nothing can be queued any more.
        public void Stop()
        {
            if (!_stopping)
            {
                _stopping = true;
                _wanted.Set();
            }
        }

        private void Run()
        {
            while (true)
            {
                var woken = _wanted.Wait(LookAgain);
                if (woken)
                {
                    // Before committing: the next wake comes only after this round has found the queue empty (the
                    // committer is running until then), so it is never lost.
                    _wanted.Reset();
                }

                if (_stopping || !CommitQueued(woken))
                {
                    return;
                }
            }
        }

        // False once the committer is gone. Apart from Run so that no strong reference to it outlives the call.
        [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
        private bool CommitQueued(bool woken)
        {
            if (!_owner.TryGetTarget(out var owner))
            {
                return false;
            }

            if (woken)
            {
                owner.CommitQueued();
            }

            return true;
        }
    }
}
