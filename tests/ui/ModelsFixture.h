// SPDX-FileCopyrightText: 2026 LocalRig contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The Models page tests' catalog: four models (Phi-4, Llama 70B, a 1B and a 35B mixture of experts), three
// quantizations with one measured download, and four machines, small enough to work every figure by hand.

#include "ui/CatalogData.h"
#include "ui/ModelDisplayInfo.h"

namespace localrig::test {

inline core::ModelSpec denseModel(const char* id, const char* name, const char* family, double params, int layers,
                                  int kvHeads, int heads)
{
    core::ModelSpec m;
    m.id = id;
    m.name = name;
    m.family = family;
    m.totalParams = params;
    m.activeParams = params;
    m.kvGroups = core::gqaLayers(layers, kvHeads, 128);
    m.attentionHeads = heads;
    m.nativeContext = 131072;
    return m;
}

inline core::Platform unifiedMachine(const char* id, const char* name, const char* vendor, core::Backend backend,
                                     double gib, double bandwidth)
{
    core::Platform p;
    p.id = id;
    p.name = name;
    p.vendor = vendor;
    p.formFactor = "laptop";
    p.memoryKind = core::MemoryKind::Unified;
    p.backend = backend;
    p.memoryGiB = gib;
    p.bandwidthGBs = bandwidth;
    return p;
}

inline ui::CatalogData modelsCatalog()
{
    ui::CatalogData c;
    // Phi-4 shape: 14.7 B dense, 40 layers x 10 KV heads x 128, 40 query heads.
    c.models.push_back(denseModel("phi4", "Phi-4", "Phi", 14.7e9, 40, 10, 40));
    c.models.push_back(denseModel("llama_70b", "Llama 70B", "Llama", 70e9, 80, 8, 64));
    c.models.push_back(denseModel("tiny_1b", "Tiny 1B", "Llama", 1.2e9, 16, 8, 32));
    core::ModelSpec moe = denseModel("moe_35b", "Mixture 35B-A3B", "Qwen", 35e9, 48, 4, 32);
    moe.activeParams = 3e9;
    c.models.push_back(moe);
    c.quants = {{"f16", "F16", core::QuantFormat::Float, core::QuantKernel::Float16, 16.0},
                {"q8_0", "Q8_0", core::QuantFormat::Gguf, core::QuantKernel::Q8, 8.5},
                {"q4_k_m", "Q4_K_M", core::QuantFormat::Gguf, core::QuantKernel::KQuant, 4.85}};
    c.fileBytes[{"phi4", "q8_0"}] = 15.6e9; // a measured download
    c.modelProvenance["phi4"] = ui::Provenance{
        QStringLiteral("https://example.org/phi4"), QStringLiteral("2024-12"), QStringLiteral("yes"), {}};
    c.platforms.push_back(unifiedMachine("mac_8", "Mac 8GB", "Apple", core::Backend::Metal, 8, 100));
    c.platforms.push_back(unifiedMachine("mac_48", "Mac 48GB", "Apple", core::Backend::Metal, 48, 273));
    core::Platform rtx = unifiedMachine("rtx_24", "RTX 24GB", "NVIDIA", core::Backend::Cuda, 64, 1008);
    rtx.memoryKind = core::MemoryKind::Discrete;
    rtx.vramGiB = 24;
    c.platforms.push_back(rtx);
    c.platforms.push_back(unifiedMachine("strix_128", "Strix 128GB", "AMD", core::Backend::Vulkan, 128, 256));
    return c;
}

inline ui::ModelDisplayInfoMap modelsDisplayInfo()
{
    ui::ModelDisplayInfoMap info;
    info["phi4"].developer = QStringLiteral("Microsoft");
    info["phi4"].license = QStringLiteral("MIT");
    info["phi4"].measuredFileSource["q8_0"]
        = ui::Provenance{QStringLiteral("https://example.org/phi4-q8.gguf"), QStringLiteral("2025-01"), {}, {}};
    return info;
}

} // namespace localrig::test
