// SPDX-FileCopyrightText: 2026 LocalRig contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "BandwidthProbe.h"

#include "core/Validation.h"

#include <algorithm>
#include <chrono>
#include <cstdint>
#include <ctime>
#include <new>
#include <system_error>
#include <thread>

namespace localrig::core::host {

namespace {

using Word = std::uint64_t;
using Clock = std::chrono::steady_clock;

constexpr std::size_t kMinBytesPerThread = 4096;
constexpr std::size_t kMaxBufferBytes = std::size_t{64} << 30U; // 64 GiB
constexpr long long kMaxThreads = 1024;
constexpr long long kMaxPasses = 100000;
constexpr std::size_t kWordsPerCheck = std::size_t{1} << 17U; // look at the cancel flag every 1 MiB read

// Reads every word of [begin, end): four independent sums let the compiler keep several loads in flight.
Word sumRange(const Word* begin, const Word* end, const std::atomic<bool>* cancel)
{
    Word a = 0;
    Word b = 0;
    Word c = 0;
    Word d = 0;
    while (begin < end) {
        if (cancel != nullptr && cancel->load(std::memory_order_relaxed)) {
            break;
        }
        const Word* stop = begin + std::min<std::size_t>(kWordsPerCheck, static_cast<std::size_t>(end - begin));
        for (; begin + 4 <= stop; begin += 4) {
            a += begin[0];
            b += begin[1];
            c += begin[2];
            d += begin[3];
        }
        for (; begin < stop; ++begin) {
            a += *begin;
        }
    }
    return a + b + c + d;
}

// Seconds of CPU the calling thread has run; negative where the OS has no per-thread clock.
double threadCpuSeconds()
{
#if defined(CLOCK_THREAD_CPUTIME_ID)
    timespec now{};
    if (clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now) == 0) {
        return static_cast<double>(now.tv_sec) + static_cast<double>(now.tv_nsec) * 1e-9;
    }
#endif
    return -1.0;
}

// One thread's time for its share: its CPU time when the OS gives one, else (or when the clock's tick made
// it longer than the wall time, or zero) the wall time.
double shareSeconds(double cpuSeconds, double wallSeconds)
{
    return cpuSeconds > 0.0 && cpuSeconds <= wallSeconds ? cpuSeconds : wallSeconds;
}

bool raised(const std::atomic<bool>* cancel)
{
    return cancel != nullptr && cancel->load(std::memory_order_relaxed);
}

} // namespace

double gigabytesPerSecond(double bytes, double seconds)
{
    return seconds > 0.0 ? bytes / seconds / 1e9 : 0.0;
}

void summarisePasses(BandwidthProbeResult& result)
{
    if (result.passGBs.empty()) {
        result.bestGBs = 0.0;
        result.medianGBs = 0.0;
        return;
    }
    std::vector<double> sorted = result.passGBs;
    std::sort(sorted.begin(), sorted.end());
    result.bestGBs = sorted.back();
    const std::size_t middle = sorted.size() / 2;
    result.medianGBs = sorted.size() % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2.0;
}

Result<BandwidthProbeResult> measureBandwidth(const BandwidthProbeOptions& options, const std::atomic<bool>* cancel,
                                              const std::function<void(double)>& progress)
{
    const unsigned hardware = std::max(1U, std::thread::hardware_concurrency());
    BOOST_OUTCOME_TRY(threads,
                      requireIntInRange(options.threads == 0 ? static_cast<long long>(hardware) : options.threads,
                                        "threads", 1, kMaxThreads));
    BOOST_OUTCOME_TRYV(requireInRange(static_cast<double>(options.bufferBytes), "buffer bytes",
                                      static_cast<double>(kMinBytesPerThread) * threads,
                                      static_cast<double>(kMaxBufferBytes)));
    BOOST_OUTCOME_TRY(minPasses, requireIntInRange(options.minPasses, "minimum passes", 1, kMaxPasses));
    BOOST_OUTCOME_TRY(maxPasses, requireIntInRange(options.maxPasses, "maximum passes", minPasses, kMaxPasses));
    BOOST_OUTCOME_TRYV(requireNonNegative(options.timeBudgetSeconds, "time budget", 3600.0));

    BandwidthProbeResult result;
    result.threads = threads;
    const std::size_t wordsPerThread = options.bufferBytes / sizeof(Word) / static_cast<std::size_t>(threads);
    result.bytesPerPass = wordsPerThread * static_cast<std::size_t>(threads) * sizeof(Word);
    // Filled with ones: every page is written once now, so no pass pays for first-touch page faults.
    std::vector<Word> buffer;
    try {
        buffer.assign(wordsPerThread * static_cast<std::size_t>(threads), Word{1});
    } catch (const std::bad_alloc&) {
        return makeError(ErrorCode::OutOfRange, "bandwidth probe: cannot allocate the buffer");
    }
    std::vector<Word> sums(static_cast<std::size_t>(threads), 0);
    std::vector<double> shares(static_cast<std::size_t>(threads), 0.0); // each thread's seconds this pass

    const Clock::time_point start = Clock::now();
    for (int pass = 0; pass < maxPasses && !raised(cancel); ++pass) {
        const Clock::time_point passStart = Clock::now();
        std::vector<std::thread> workers;
        workers.reserve(static_cast<std::size_t>(threads));
        bool started = true;
        for (int t = 0; t < threads && started; ++t) {
            const Word* begin = buffer.data() + wordsPerThread * static_cast<std::size_t>(t);
            try {
                workers.emplace_back([begin, wordsPerThread, cancel, &sums, &shares, t] {
                    const double cpuStart = threadCpuSeconds();
                    const Clock::time_point wallStart = Clock::now();
                    sums[static_cast<std::size_t>(t)] += sumRange(begin, begin + wordsPerThread, cancel);
                    const double wall = std::chrono::duration<double>(Clock::now() - wallStart).count();
                    const double cpuEnd = threadCpuSeconds();
                    shares[static_cast<std::size_t>(t)]
                        = shareSeconds(cpuStart >= 0.0 && cpuEnd >= 0.0 ? cpuEnd - cpuStart : -1.0, wall);
                });
            } catch (const std::system_error&) {
                started = false; // the OS refused a thread: join the ones running, then report
            }
        }
        for (std::thread& worker : workers) {
            worker.join();
        }
        if (!started) {
            return makeError(ErrorCode::Io, "bandwidth probe: cannot start its threads");
        }
        const double seconds = std::chrono::duration<double>(Clock::now() - passStart).count();
        if (raised(cancel)) {
            break; // a pass cut short measures nothing
        }
        result.wallPassGBs.push_back(gigabytesPerSecond(static_cast<double>(result.bytesPerPass), seconds));
        double rate = 0.0; // the threads' rates add up: each read its own slice of the buffer
        for (const double share : shares) {
            // A share too short for either clock to tick takes the pass's own time.
            rate += gigabytesPerSecond(static_cast<double>(wordsPerThread * sizeof(Word)),
                                       share > 0.0 ? share : seconds);
        }
        result.passGBs.push_back(rate);
        const double elapsed = std::chrono::duration<double>(Clock::now() - start).count();
        const bool done = pass + 1 >= minPasses && elapsed >= options.timeBudgetSeconds;
        if (progress) {
            const double byTime = options.timeBudgetSeconds > 0.0 ? elapsed / options.timeBudgetSeconds : 1.0;
            const double byPasses = static_cast<double>(pass + 1) / maxPasses;
            progress(done ? 1.0 : std::clamp(std::max(byTime, byPasses), 0.0, 1.0));
        }
        if (done) {
            break;
        }
    }
    result.cancelled = raised(cancel);
    // Every word is 1, so the sums are known: checking them keeps the reads from being optimised away.
    Word total = 0;
    for (const Word sum : sums) {
        total += sum;
    }
    if (!result.cancelled && total != static_cast<Word>(result.passGBs.size()) * buffer.size()) {
        return makeError(ErrorCode::Io, "bandwidth probe: the buffer read back wrong");
    }
    summarisePasses(result);
    return result;
}

} // namespace localrig::core::host
