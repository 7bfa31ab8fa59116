// SPDX-FileCopyrightText: 2026 LocalRig contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "AppleMemory.h"

#include "MemoryEstimate.h"
#include "Units.h"

#include <cmath>

namespace localrig::core {

std::optional<WiredLimitStep> wiredLimitStep(const Platform& platform, double footprintBytes, const Scenario& scenario,
                                             const SizingConstants& constants)
{
    if (platform.backend != Backend::Metal || platform.memoryKind != MemoryKind::Unified || platform.memoryGiB <= 0.0) {
        return std::nullopt;
    }
    WiredLimitStep step;
    step.defaultLimitBytes = gpuUsableBytes(platform, constants);
    step.footprintBytes = footprintBytes;
    // The most worth setting: RAM less the OS reserve the fit keeps for macOS (sizing constants, 4 GiB; omlx
    // #1533 saw macOS itself cap a 64 GB Mac at 58 GB).
    const double ram = gibToBytes(platform.memoryGiB);
    step.raisedLimitBytes = ram - constants.osReserveBytes;
    if (footprintBytes <= step.defaultLimitBytes || footprintBytes > step.raisedLimitBytes) {
        return std::nullopt;
    }
    step.wiredLimitMb = static_cast<int>(std::floor(step.raisedLimitBytes / kBytesPerMiB));
    step.leftForMacOsBytes = ram - step.wiredLimitMb * kBytesPerMiB;
    step.command = "sudo sysctl iogpu.wired_limit_mb=" + std::to_string(step.wiredLimitMb);

    MemoryBreakdown footprint;
    footprint.totalBytes = footprintBytes;
    footprint.weightsBytes = footprintBytes;
    const auto now = assessFit(footprint, platform, scenario, constants);
    Platform raised = platform;
    raised.gpuLimitGiB = step.wiredLimitMb * kBytesPerMiB / kBytesPerGiB;
    const auto after = assessFit(footprint, raised, scenario, constants);
    if (!now || !after) {
        return std::nullopt;
    }
    step.verdictNow = now.value().verdict;
    step.verdictRaised = after.value().verdict;
    return step;
}

} // namespace localrig::core
