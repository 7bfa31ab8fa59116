// SPDX-FileCopyrightText: 2026 LocalRig contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "PlacementJson.h"

#include "JsonOutput.h"
#include "core/Enums.h"

#include <QJsonArray>

namespace localrig::app {

namespace {

QString placementName(core::Placement placement)
{
    switch (placement) {
    case core::Placement::Gpu:
        return QStringLiteral("gpu");
    case core::Placement::LayersInSystemRam:
        return QStringLiteral("layers_in_system_ram");
    case core::Placement::ExpertsInSystemRam:
        return QStringLiteral("experts_in_system_ram");
    case core::Placement::LayerSplit:
        return QStringLiteral("layer_split");
    case core::Placement::BoxSplit:
        return QStringLiteral("box_split");
    }
    return QStringLiteral("unknown");
}

QString verdictName(core::FitVerdict verdict)
{
    const std::string_view name = core::toString(verdict);
    return QString::fromUtf8(name.data(), static_cast<qsizetype>(name.size()));
}

} // namespace

void addPlacement(QJsonObject& model, const core::ModelOnPlatform& entry)
{
    const bool fits = entry.fit.verdict != core::FitVerdict::WontFit;
    model.insert(QStringLiteral("placement"), fits ? QJsonValue(placementName(entry.placement)) : QJsonValue());
    model.insert(QStringLiteral("run_command"),
                 entry.runCommand.empty() ? QJsonValue() : QJsonValue(QString::fromStdString(entry.runCommand)));
    // The machine's published runs disagreed with the estimate: every decode figure above is scaled by this.
    model.insert(QStringLiteral("published_decode_ratio"),
                 entry.publishedDecodeRatio ? QJsonValue(*entry.publishedDecodeRatio) : QJsonValue());
    if (entry.experts) {
        const core::ExpertSplit& split = *entry.experts;
        model.insert(QStringLiteral("experts_in_system_ram"),
                     QJsonObject{{QStringLiteral("cpu_moe_layers"), split.cpuMoeLayers},
                                 {QStringLiteral("moe_layers"), split.moeLayers},
                                 {QStringLiteral("routed_expert_bytes"), split.routedExpertBytes},
                                 {QStringLiteral("gpu_bytes"), split.gpuBytes},
                                 {QStringLiteral("system_bytes"), split.systemBytes},
                                 {QStringLiteral("gpu_bytes_per_token"), split.gpuStepBytes},
                                 {QStringLiteral("system_bytes_per_token"), split.systemStepBytes}});
    }
    if (!entry.cards.empty()) {
        QJsonArray cards;
        for (const core::CardShare& card : entry.cards) {
            cards.append(QJsonObject{{QStringLiteral("name"), QString::fromStdString(card.name)},
                                     {QStringLiteral("layers"), card.layers},
                                     {QStringLiteral("weights_bytes"), card.weightsBytes},
                                     {QStringLiteral("kv_cache_bytes"), card.kvCacheBytes},
                                     {QStringLiteral("overhead_bytes"), card.overheadBytes},
                                     {QStringLiteral("total_bytes"), card.totalBytes},
                                     {QStringLiteral("vram_bytes"), card.vramBytes},
                                     {QStringLiteral("read_seconds"), card.readSeconds}});
        }
        model.insert(QStringLiteral("cards"), cards);
    }
    if (entry.tensorParallelFullTps && entry.tensorParallelStartTps) {
        // An option beside the layer-split estimate (core/MultiGpu.h tensorParallelSpeedup).
        model.insert(QStringLiteral("tensor_parallel"),
                     QJsonObject{{QStringLiteral("decode_start_tps"), toJson(*entry.tensorParallelStartTps)},
                                 {QStringLiteral("decode_full_tps"), toJson(*entry.tensorParallelFullTps)},
                                 {QStringLiteral("how"),
                                  QStringLiteral("vllm --tensor-parallel-size N, or llama.cpp -sm tensor")}});
    }
}

void addMachineLayout(QJsonObject& machine, const core::PlatformAssessment& assessment)
{
    const core::Platform& platform = assessment.platform;
    machine.insert(QStringLiteral("gpu_count"), platform.gpuCount());
    machine.insert(QStringLiteral("boxes"), platform.boxes);
    machine.insert(QStringLiteral("advanced"), platform.boxes > 1); // a cluster over a network
    if (!platform.cards.empty()) {
        QJsonArray cards;
        for (const core::GpuCard& card : platform.cards) {
            cards.append(QJsonObject{{QStringLiteral("id"), QString::fromStdString(card.id)},
                                     {QStringLiteral("name"), QString::fromStdString(card.name)},
                                     {QStringLiteral("vram_gb"), card.vramGiB},
                                     {QStringLiteral("bandwidth_gbs"), card.bandwidthGBs}});
        }
        machine.insert(QStringLiteral("cards"), cards);
    }
    if (assessment.wiredLimit) {
        const core::WiredLimitStep& step = *assessment.wiredLimit;
        machine.insert(QStringLiteral("wired_limit"),
                       QJsonObject{{QStringLiteral("default_limit_bytes"), step.defaultLimitBytes},
                                   {QStringLiteral("footprint_bytes"), step.footprintBytes},
                                   {QStringLiteral("wired_limit_mb"), step.wiredLimitMb},
                                   {QStringLiteral("left_for_macos_bytes"), step.leftForMacOsBytes},
                                   {QStringLiteral("verdict_now"), verdictName(step.verdictNow)},
                                   {QStringLiteral("verdict_raised"), verdictName(step.verdictRaised)},
                                   {QStringLiteral("command"), QString::fromStdString(step.command)}});
    }
}

} // namespace localrig::app
