// SPDX-FileCopyrightText: 2026 LocalRig contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ExpertOffload.h"
#include "Fit.h"
#include "ModelSpec.h"
#include "Platform.h"
#include "Quantization.h"
#include "Scenario.h"

#include <string>

namespace localrig::core {

// What the estimate assumed about how the model is loaded.
struct RunSetup
{
    const ModelSpec& model;
    const Quantization& quant;
    const Platform& platform;
    const Scenario& scenario; // context per session, sessions, KV cache type
    const FitResult& fit;
    Placement placement = Placement::Gpu;
    int cpuMoeLayers = 0; // --n-cpu-moe N when placement is ExpertsInSystemRam
};

// The llama.cpp server command line that matches the estimate (llama.cpp tools/server README):
//   -m FILE, -c context for all slots (each of -np N slots gets c / N), -ngl layers on the GPU
//   (99 = all), --n-cpu-moe N, --tensor-split v1,v2 (VRAM per card, the split llama.cpp's layer mode uses),
//   -ctk/-ctv the KV cache type, --rpc HOST:50052 for the other boxes of a cluster (rpc-server's default
//   port, as in geerlingguy/beowulf-ai-cluster #15). The file name is the model's id and quantization.
std::string llamaServerCommand(const RunSetup& setup);

} // namespace localrig::core
