// SPDX-FileCopyrightText: 2026 LocalRig contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Platform.h"
#include "Result.h"
#include "Scenario.h"
#include "SizingConstants.h"

namespace localrig::core {

struct MemoryBreakdown;

enum class FitVerdict {
    Comfortable, // unified: footprint <= headroom x RAM
    Tight, // unified: above the headroom line (or the GPU's default pool) but inside RAM - OS reserve;
           // discrete: inside VRAM but not inside llama.cpp's 1 GiB margin (runs with every layer on the GPU)
    FitsInVram, // discrete: everything in VRAM with the safety margin
    PartialOffload, // discrete: part of the weights in system RAM (see gpuWeightFraction)
    WontFit,
};

struct FitResult
{
    FitVerdict verdict = FitVerdict::WontFit;
    double poolBytes = 0.0; // RAM (unified) or VRAM (discrete)
    double comfortableLimitBytes = 0.0; // headroom x RAM, or VRAM minus the safety margin
    double hardLimitBytes = 0.0; // beyond it: won't fit (unified: RAM minus the OS reserve), or offload (discrete)
    double gpuDefaultLimitBytes = 0.0; // what the GPU may use without changing OS settings (Metal working set)
    double gpuWeightFraction = 1.0; // share of the weights held in the fast pool
    double fastPoolBytes = 0.0; // bytes placed in VRAM or unified memory
    double systemPoolBytes = 0.0; // bytes spilled to system RAM
    bool meetsHeadroom() const { return verdict == FitVerdict::Comfortable || verdict == FitVerdict::FitsInVram; }
};

// macOS lets the GPU wire about 2/3 of RAM at 16 GB, 3/4 at 32-64 GB and 0.84 at 128 GB
// (MTLDevice.recommendedMaxWorkingSetSize; llama-cpp-python #687, llama.cpp #1870, antirez/ds4 #893).
double metalWorkingSetFraction(double ramGiB);

// The memory the GPU may use at most on this platform, in bytes.
double gpuUsableBytes(const Platform& platform, const SizingConstants& constants);

Result<FitResult> assessFit(const MemoryBreakdown& memory, const Platform& platform, const Scenario& scenario,
                            const SizingConstants& constants = {});

Result<Platform> validated(const Platform& platform);

} // namespace localrig::core
