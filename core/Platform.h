// SPDX-FileCopyrightText: 2026 LocalRig contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>
#include <string>
#include <vector>

namespace localrig::core {

enum class MemoryKind {
    Unified, // one pool shared by CPU and GPU (Apple silicon, DGX Spark, Strix Halo)
    Discrete, // a GPU with its own VRAM, system RAM as a slower second pool
    System, // CPU-only inference from system RAM
};

enum class Backend { Metal, Cuda, Rocm, Vulkan, Cpu };

// One graphics card of a multi-GPU build, in llama.cpp's device (and --tensor-split) order.
struct GpuCard
{
    std::string id; // the card's platform slug
    std::string name;
    double vramGiB = 0.0;
    double bandwidthGBs = 0.0;
};

struct Platform
{
    std::string id; // stable slug
    std::string name; // display name
    std::string shortName; // for tables, lists and legends ("MacBook Pro 14 M4 Pro 48 GB"); empty = name

    [[nodiscard]] const std::string& displayShortName() const { return shortName.empty() ? name : shortName; }
    std::string vendor;
    std::string formFactor; // laptop, desktop, mini, card, ...
    MemoryKind memoryKind = MemoryKind::Unified;
    Backend backend = Backend::Metal;
    double memoryGiB = 0.0; // unified RAM, or system RAM next to a discrete GPU (marketed GB = GiB)
    double vramGiB = 0.0; // discrete GPUs only
    double bandwidthGBs = 0.0; // the GPU's (or unified) pool, decimal GB/s
    double systemBandwidthGBs = 0.0; // system RAM pool behind a discrete GPU (0 = use the default)
    std::optional<double> gpuLimitGiB; // how much of unified memory the GPU may use, when the OS caps it
    std::optional<double> fp16Tflops; // dense FP16 tensor throughput, when published
    double loadWatts = 0.0; // wall power while generating
    double idleWatts = 0.0;
    std::optional<double> priceUsd;
    std::string priceSource; // where priceUsd comes from (URL, "guide" or "user"), for the price parts
    std::string priceDate; // YYYY-MM or YYYY-MM-DD
    std::string priceKind; // launch | later | street | used | guide (empty for a user's price)
    bool discontinued = false; // no longer sold new: only a used-market price makes it buyable
    bool portable = false;
    std::string os;
    std::vector<GpuCard> cards; // a multi-GPU build's cards (layer split across them); empty for one device
    int boxes = 1; // machines pooled over a network (llama.cpp RPC, exo): more than 1 is an advanced setup
    int gpuCount() const { return cards.empty() ? 1 : static_cast<int>(cards.size()); }
};

} // namespace localrig::core
