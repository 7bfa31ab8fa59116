// SPDX-FileCopyrightText: 2026 LocalRig contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The Hardware page tests' catalog: five machines (a Mac with a price history and its sources, a discrete card
// with every figure, a Strix Halo, an 8 GB Mac and a user's own box) and three models.

#include "ui/CatalogData.h"

namespace localrig::test {

inline core::Platform hardwareMachine(const char* id, const char* name, const char* vendor, const char* formFactor,
                                      core::Backend backend, double gib, double bandwidth)
{
    core::Platform p;
    p.id = id;
    p.name = name;
    p.vendor = vendor;
    p.formFactor = formFactor;
    p.memoryKind = core::MemoryKind::Unified;
    p.backend = backend;
    p.memoryGiB = gib;
    p.bandwidthGBs = bandwidth;
    return p;
}

inline core::ModelSpec hardwareModel(const char* id, const char* name, double params, int layers, int kvHeads,
                                     int heads)
{
    core::ModelSpec m;
    m.id = id;
    m.name = name;
    m.totalParams = params;
    m.activeParams = params;
    m.kvGroups = core::gqaLayers(layers, kvHeads, 128);
    m.attentionHeads = heads;
    return m;
}

inline ui::CatalogData hardwareCatalog()
{
    ui::CatalogData c;
    c.platforms.push_back(hardwareMachine("mac_8", "Mac 8GB", "Apple", "laptop", core::Backend::Metal, 8, 100));
    core::Platform mac48 = hardwareMachine("mac_48", "Mac 48GB", "Apple", "laptop", core::Backend::Metal, 48, 273);
    mac48.priceUsd = 1999;
    mac48.portable = true;
    c.platforms.push_back(mac48);
    core::Platform rtx = hardwareMachine("rtx_24", "RTX 24GB", "NVIDIA", "desktop", core::Backend::Cuda, 64, 1008);
    rtx.memoryKind = core::MemoryKind::Discrete;
    rtx.vramGiB = 24;
    rtx.fp16Tflops = 330.3;
    rtx.loadWatts = 450;
    rtx.priceUsd = 1599;
    c.platforms.push_back(rtx);
    c.platforms.push_back(hardwareMachine("strix_128", "Strix 128GB", "AMD", "mini", core::Backend::Vulkan, 128, 256));
    c.platforms.push_back(hardwareMachine("my_box", "My box", "Generic", "desktop", core::Backend::Cpu, 32, 90));
    c.platformProvenance["mac_48"]
        = ui::Provenance{QStringLiteral("https://apple.example/mbp"), QStringLiteral("2024-11"), {}, {}};
    c.platformProvenance["my_box"] = ui::Provenance{QStringLiteral("user"), QStringLiteral("2026-01-02"), {}, {}};
    c.priceHistory["mac_48"]
        = {{2199, QStringLiteral("2024-10"), QStringLiteral("launch"),
            ui::Provenance{QStringLiteral("https://apple.example/launch"), QStringLiteral("2024-10"), {}, {}}},
           {1999, QStringLiteral("2025-06"), QStringLiteral("street"),
            ui::Provenance{QStringLiteral("https://shop.example/deal"), QStringLiteral("2025-06"), {}, {}}}};
    c.models.push_back(hardwareModel("phi4", "Phi-4", 14.7e9, 40, 10, 40));
    c.models.push_back(hardwareModel("llama_70b", "Llama 70B", 70e9, 80, 8, 64));
    core::ModelSpec moe = hardwareModel("moe_35b", "Mixture 35B-A3B", 35e9, 48, 4, 32);
    moe.activeParams = 3e9;
    c.models.push_back(moe);
    c.quants = {{"q4_k_m", "Q4_K_M", core::QuantFormat::Gguf, core::QuantKernel::KQuant, 4.85}};
    return c;
}

} // namespace localrig::test
