// SPDX-FileCopyrightText: 2026 LocalRig contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The measured-speed tests' catalog: gpt-oss-20b's shape (20.91 B stored, 3.6 B read per token) on three
// machines, two of them with a published run.

#include "db/CatalogTypes.h"
#include "ui/CatalogData.h"

#include <QLatin1String>
#include <QString>

namespace localrig::test {

inline core::Platform measuredMachine(const char* id, const char* name, core::MemoryKind kind, core::Backend backend,
                                      double gib, double vram, double bandwidth)
{
    core::Platform p;
    p.id = id;
    p.name = name;
    p.memoryKind = kind;
    p.backend = backend;
    p.memoryGiB = gib;
    p.vramGiB = vram;
    p.bandwidthGBs = bandwidth;
    p.priceUsd = 2000.0;
    return p;
}

inline db::MeasurementEntry publishedRun(const char* platform, core::Backend backend, int context, double tps,
                                         const char* source, const char* date)
{
    db::MeasurementEntry m;
    m.modelId = QStringLiteral("gpt_oss_20b");
    m.quantId = QStringLiteral("mxfp4");
    m.platformId = QLatin1String(platform);
    m.backend = backend;
    m.contextTokens = context;
    m.decodeTps = tps;
    m.sourceName = QLatin1String(source);
    m.source.source = QStringLiteral("https://example.org/") + QLatin1String(platform);
    m.source.sourceDate = QLatin1String(date);
    return m;
}

inline ui::CatalogData measuredCatalog()
{
    ui::CatalogData c;
    core::ModelSpec model;
    model.id = "gpt_oss_20b";
    model.name = "gpt-oss-20b";
    model.totalParams = 20.91e9;
    model.activeParams = 3.6e9;
    model.kvGroups = core::gqaLayers(24, 8, 64);
    model.attentionHeads = 64;
    c.models.push_back(model);
    c.quants = {{"mxfp4", "MXFP4", core::QuantFormat::MicroFloat4, core::QuantKernel::Fp4, 4.25},
                {"q8_0", "Q8_0", core::QuantFormat::Gguf, core::QuantKernel::Q8, 8.5}};
    c.platforms = {
        measuredMachine("dgx_spark", "DGX Spark", core::MemoryKind::Unified, core::Backend::Cuda, 128, 0, 273),
        measuredMachine("rtx_3090", "RTX 3090", core::MemoryKind::Discrete, core::Backend::Cuda, 64, 24, 936),
        measuredMachine("mac_48", "Mac 48GB", core::MemoryKind::Unified, core::Backend::Metal, 48, 0, 273),
    };
    db::MeasurementEntry spark
        = publishedRun("dgx_spark", core::Backend::Cuda, 0, 84.1, "llama.cpp benches", "2025-11-02");
    spark.prefillTps = 3782.76;
    spark.promptTokens = 2048;
    c.measurements
        = {spark, publishedRun("rtx_3090", core::Backend::Vulkan, 512, 181.32, "llama.cpp PR #21024", "2026-05-15")};
    return c;
}

} // namespace localrig::test
