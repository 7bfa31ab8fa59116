// SPDX-FileCopyrightText: 2026 LocalRig contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "RunCommand.h"

#include "Calibration.h"
#include "Enums.h"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <sstream>

namespace localrig::core {

namespace {

constexpr int kAllLayers = 99; // llama.cpp convention for "every layer on the GPU"

std::string fileName(const ModelSpec& model, const Quantization& quant)
{
    std::string tag = quant.id;
    std::transform(tag.begin(), tag.end(), tag.begin(),
                   [](unsigned char c) { return static_cast<char>(std::toupper(c)); });
    return model.id + "-" + tag + ".gguf";
}

std::string number(double value)
{
    std::ostringstream out;
    out << std::round(value);
    return out.str();
}

} // namespace

std::string llamaServerCommand(const RunSetup& setup)
{
    std::ostringstream out;
    const int sessions = std::max(1, setup.scenario.sessions);
    out << "llama-server -m " << fileName(setup.model, setup.quant);
    // The server's context is shared by its slots: -c = context per session x -np (tools/server README).
    out << " -c " << static_cast<long long>(setup.scenario.contextTokens) * sessions;
    if (sessions > 1) {
        out << " -np " << sessions;
    }
    int gpuLayers = kAllLayers;
    if (setup.placement == Placement::LayersInSystemRam) {
        // Plain offload keeps the fit's share of the layers on the GPU (-ngl counts repeating layers).
        gpuLayers = static_cast<int>(std::floor(setup.fit.gpuWeightFraction * layerCount(setup.model)));
    }
    if (setup.platform.memoryKind != MemoryKind::System) {
        out << " -ngl " << gpuLayers;
    }
    if (setup.placement == Placement::ExpertsInSystemRam && setup.cpuMoeLayers > 0) {
        out << " --n-cpu-moe " << setup.cpuMoeLayers;
    }
    if (setup.platform.cards.size() > 1) {
        out << " --tensor-split ";
        for (std::size_t i = 0; i < setup.platform.cards.size(); ++i) {
            out << (i > 0 ? "," : "") << number(setup.platform.cards[i].vramGiB);
        }
    }
    if (setup.platform.boxes > 1) {
        // llama.cpp RPC: the other boxes run rpc-server; their addresses are the buyer's (placeholders here).
        out << " --rpc ";
        for (int box = 2; box <= setup.platform.boxes; ++box) {
            out << (box > 2 ? "," : "") << "BOX" << box << ":50052";
        }
    }
    if (setup.scenario.kvType != KvCacheType::F16) {
        const std::string type{toString(setup.scenario.kvType)};
        out << " -ctk " << type << " -ctv " << type;
    }
    return out.str();
}

} // namespace localrig::core
