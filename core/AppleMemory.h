// SPDX-FileCopyrightText: 2026 LocalRig contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Fit.h"
#include "Platform.h"
#include "Scenario.h"
#include "SizingConstants.h"

#include <optional>
#include <string>

namespace localrig::core {

// Apple's GPU memory limit as a "what would change the verdict" step. By default Metal lets the GPU wire
// recommendedMaxWorkingSetSize (Fit.h: ~2/3 of RAM at 16 GB, 3/4 at 32-64 GB, 0.84 at 128 GB); root can raise
// it with `sudo sysctl iogpu.wired_limit_mb=N` (whichllm #152: llama-server then reports N MiB; llmfit #754:
// Metal's recommendation follows the override). The setting is lost at reboot (omlx #1998) and what it takes
// from macOS can make the system swap or stall, so it is never assumed, only offered.
struct WiredLimitStep
{
    double defaultLimitBytes = 0.0; // what the GPU may wire today
    double footprintBytes = 0.0; // what the workloads need resident
    double raisedLimitBytes = 0.0; // RAM less the OS reserve: the most the step sets
    int wiredLimitMb = 0; // N in the command
    double leftForMacOsBytes = 0.0; // RAM macOS and apps keep after the step
    FitVerdict verdictNow = FitVerdict::WontFit;
    FitVerdict verdictRaised = FitVerdict::WontFit;
    std::string command; // sudo sysctl iogpu.wired_limit_mb=N
};

// The step for a Mac whose workloads pass the default GPU limit but fit in RAM less the OS reserve;
// empty for other machines, when the default limit already holds the footprint, or when no limit would.
std::optional<WiredLimitStep> wiredLimitStep(const Platform& platform, double footprintBytes, const Scenario& scenario,
                                             const SizingConstants& constants = {});

} // namespace localrig::core
