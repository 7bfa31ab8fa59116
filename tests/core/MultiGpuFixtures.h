// SPDX-FileCopyrightText: 2026 LocalRig contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Shared figures for the issue-17 tests (multi-GPU, experts in system RAM, clusters, Apple's GPU limit).
#pragma once

#include "core/Cluster.h"
#include "core/MachineAssessment.h"
#include "core/Units.h"

#include <cmath>

namespace localrig::test {

using namespace localrig::core;

bool near(double actual, double expected, double relative = 1e-6)
{
    return std::abs(actual - expected) <= relative * std::abs(expected);
}

// One flat efficiency (0.6) on every pool and no per-layer time, so the arithmetic below is easy to follow.
inline SpeedCalibration flat()
{
    SpeedCalibration calibration = SpeedCalibration::uncalibratedDefaults();
    for (BackendFamily family :
         {BackendFamily::Metal, BackendFamily::Cuda, BackendFamily::RocmVulkan, BackendFamily::Cpu}) {
        for (bool moe : {false, true}) {
            calibration.setDecode(family, moe, DecodeCalibration{0.6, 0.0, 0.8, 1.1, 10});
        }
        calibration.setPrefill(family, PrefillCalibration{0.5, 0.7, 1.3, 10});
    }
    return calibration;
}

inline Platform card(const std::string& id, double vramGiB, double bandwidth, double watts)
{
    Platform p;
    p.id = id;
    p.name = id;
    p.formFactor = "card";
    p.memoryKind = MemoryKind::Discrete;
    p.backend = Backend::Cuda;
    p.memoryGiB = 128.0; // the host's system RAM
    p.vramGiB = vramGiB;
    p.bandwidthGBs = bandwidth;
    p.systemBandwidthGBs = 89.6; // dual-channel DDR5-5600: 2 x 8 B x 5600 MT/s
    p.loadWatts = watts;
    return p;
}

// Llama 3 70B (sku_list: 80 layers, 64 heads, 8 KV heads x 128) at the measured Q4_K_M file size.
inline ModelNeed llama70b()
{
    ModelNeed need;
    need.model.id = "llama3_70b";
    need.model.name = "Llama 3 70B";
    need.model.totalParams = 70.55e9;
    need.model.activeParams = 70.55e9;
    need.model.attentionHeads = 64;
    need.model.kvGroups = gqaLayers(80, 8, 128);
    need.quant.id = "q4_k_m";
    need.quant.bitsPerWeight = 4.85;
    need.fileBytes = 42509438812.0; // 39.59 GiB (XiongjieDai GPU-Benchmarks README)
    need.workload = "chat";
    return need;
}

// gpt-oss-120b (OpenAI model.py: 36 layers, 128 experts top-4, 64 heads, 8 KV x 64, every other layer a
// 128-token window) at the measured MXFP4 file size.
inline ModelNeed gptOss120b()
{
    ModelNeed need;
    need.model.id = "gpt_oss_120b";
    need.model.name = "gpt-oss-120b";
    need.model.totalParams = 116.83e9;
    need.model.activeParams = 5.1e9;
    need.model.attentionHeads = 64;
    need.model.kvGroups = {KvLayerGroup{18, 8, 64, 128, false}, KvLayerGroup{18, 8, 64, 0, false}};
    need.model.routing = ExpertRouting{128, 4};
    need.quant.id = "mxfp4";
    need.quant.kernel = QuantKernel::Fp4;
    need.quant.bitsPerWeight = 4.25;
    need.fileBytes = 63372242452.0; // 59.02 GiB (llama.cpp DGX Spark bench)
    need.workload = "chat";
    return need;
}

inline Result<PlatformAssessment> assess(const Platform& platform, const ModelNeed& need, const Scenario& scenario)
{
    auto memory = estimateMemory(need.model, need.quant, scenario, {}, need.fileBytes);
    if (!memory) {
        return memory.error();
    }
    return assessMachine(platform, {need}, {memory.value()}, scenario, PlanConstraints{}, flat(), {});
}

} // namespace localrig::test
