// SPDX-FileCopyrightText: 2026 LocalRig contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"

#include <atomic>
#include <cstddef>
#include <functional>
#include <vector>

// Measures this computer's memory read bandwidth: several threads sum a buffer far larger than the last-level
// cache, pass after pass, for about two seconds. Rates are decimal GB/s (bytes / 1e9 / s), like catalog
// bandwidth. It measures what the CPU cores can read; a discrete GPU's VRAM is not measured here.
// Each thread's share of a pass is timed by the CPU time that thread ran (POSIX CLOCK_THREAD_CPUTIME_ID,
// https://pubs.opengroup.org/onlinepubs/9699919799/functions/clock_getres.html, 2026-12-04), not the wall
// clock, so other programs taking the cores do not slow the figure; a pass's rate is the sum of its threads'
// rates. Where the OS has no per-thread clock, the wall clock times it.
//
// Usage (off the GUI thread; the flag and the callback are how the caller cancels and shows progress):
//   std::atomic<bool> cancel{false};
//   auto result = measureBandwidth({}, &cancel, [](double done) { /* 0..1 */ });
//   if (result && !result.value().cancelled) { use(result.value().bestGBs); }
namespace localrig::core::host {

struct BandwidthProbeOptions
{
    std::size_t bufferBytes = std::size_t{1} << 30U; // 1 GiB, split between the threads
    int threads = 0; // 0: one per hardware thread
    int minPasses = 3;
    int maxPasses = 50;
    double timeBudgetSeconds = 2.0; // stop starting passes after this, once minPasses are done
};

struct BandwidthProbeResult
{
    double bestGBs = 0.0; // fastest pass
    double medianGBs = 0.0;
    std::vector<double> passGBs; // every completed pass, in order (threads timed by their CPU time)
    std::vector<double> wallPassGBs; // the same passes timed by the wall clock (equal on an idle machine)
    int threads = 0;
    std::size_t bytesPerPass = 0;
    bool cancelled = false; // the flag was raised: passGBs holds the passes finished before it
};

// Decimal GB/s for `bytes` read in `seconds` (1 GB = 1e9 bytes); 0 when seconds is not positive.
double gigabytesPerSecond(double bytes, double seconds);

// Best and median of the passes (the median of an even count is the mean of the middle two).
void summarisePasses(BandwidthProbeResult& result);

// OutOfRange for a buffer under 4 KiB per thread or over 64 GiB, threads over 1024, passes out of order.
// `cancel` may be null; `progress` may be empty and is called on the calling thread after each pass.
Result<BandwidthProbeResult> measureBandwidth(const BandwidthProbeOptions& options,
                                              const std::atomic<bool>* cancel = nullptr,
                                              const std::function<void(double)>& progress = {});

} // namespace localrig::core::host
