// SPDX-FileCopyrightText: 2026 LocalRig contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The reference tables the speed model reads beside the measurements: each measured model's KV layout and
// each measured machine's FP16 matrix TFLOPS (core/calibration/model-kv-layouts.csv, hardware-flops.csv).
#include "CalibrationData.h"
#include "CsvReader.h"
#include "MeasurementCsv.h"

#include <algorithm>
#include <array>

namespace localrig::core {

int ModelLayout::layers() const
{
    int total = 0;
    for (const KvLayerGroup& group : groups) {
        total += group.layers;
    }
    return total;
}

int ModelLayout::blockCount() const
{
    return blocks > 0 ? blocks : layers();
}

double ModelLayout::attentionFlopsPerToken(int depth) const
{
    double flops = 0.0;
    for (const KvLayerGroup& group : groups) {
        const int cached = group.window > 0 ? std::min(depth, group.window) : depth;
        // 4 x layers x heads x headDim x cached tokens (kipply, "Transformer Inference Arithmetic")
        flops += 4.0 * group.layers * queryHeads * static_cast<double>(group.headDim) * std::max(0, cached);
    }
    return flops;
}

double ModelLayout::activeWeightBytes(double fileBytes, double totalParams, double activeParams,
                                      QuantKernel kernel) const
{
    const double uniform = fileBytes * activeParams / totalParams;
    if (kernel != QuantKernel::Fp4 || experts <= 0 || expertsUsed <= 0 || expertsUsed >= experts) {
        return uniform;
    }
    // The split estimateSpeed() makes from the routing: experts = (total - active) / (1 - k/E), the rest shared.
    constexpr double kMxfp4BytesPerParam = 4.25 / 8.0; // OCP Microscaling Formats spec: MXFP4 = 4.25 bits
    const double routed = (totalParams - activeParams) / (1.0 - static_cast<double>(expertsUsed) / experts);
    const double shared = totalParams - routed;
    if (shared <= 0.0 || fileBytes <= routed * kMxfp4BytesPerParam) {
        return uniform; // the figures do not describe this file
    }
    const double restBytesPerParam = (fileBytes - routed * kMxfp4BytesPerParam) / shared;
    return shared * restBytesPerParam + (activeParams - shared) * kMxfp4BytesPerParam;
}

const ModelLayout* ReferenceTables::layout(std::string_view model) const
{
    const std::string key = modelKey(model);
    const auto it
        = std::find_if(layouts.begin(), layouts.end(), [&](const ModelLayout& l) { return l.modelKey == key; });
    return it == layouts.end() ? nullptr : &*it;
}

std::optional<double> ReferenceTables::fp16Tflops(std::string_view hardwareKeyText) const
{
    for (const HardwareFlops& entry : flops) {
        if (entry.hardwareKey == hardwareKeyText) {
            return entry.fp16Tflops;
        }
    }
    return std::nullopt;
}

Result<ReferenceTables> parseReferenceTables(std::string_view layoutsCsv, std::string_view flopsCsv)
{
    ReferenceTables tables;
    BOOST_OUTCOME_TRY(layouts, parseCsv(layoutsCsv, CsvOptions{true}));
    const std::array<std::string_view, 5> layoutColumns{"model", "layers", "kv_heads", "head_dim", "window"};
    for (std::string_view name : layoutColumns) {
        if (!layouts.column(name)) {
            return makeError(ErrorCode::CorruptCatalog, "KV layouts: no column '" + std::string(name) + "'");
        }
    }
    for (const CsvRecord& record : layouts.records) {
        std::array<int, 4> numbers{};
        for (std::size_t i = 0; i < numbers.size(); ++i) {
            const std::size_t column = *layouts.column(layoutColumns[i + 1]);
            BOOST_OUTCOME_TRY(value, parseCsvNumber(record.fields[column], record.line, column, layoutColumns[i + 1]));
            numbers[i] = static_cast<int>(value);
        }
        const std::string key = modelKey(record.fields[*layouts.column("model")]);
        auto it = std::find_if(tables.layouts.begin(), tables.layouts.end(),
                               [&](const ModelLayout& l) { return l.modelKey == key; });
        if (it == tables.layouts.end()) {
            it = tables.layouts.insert(tables.layouts.end(), ModelLayout{key, {}});
        }
        it->groups.push_back(KvLayerGroup{numbers[0], numbers[1], numbers[2], numbers[3], false});
        if (const auto heads = layouts.column("heads"); heads && !record.fields[*heads].empty()) {
            BOOST_OUTCOME_TRY(value, parseCsvNumber(record.fields[*heads], record.line, *heads, "heads"));
            it->queryHeads = static_cast<int>(value);
        }
        if (const auto blocks = layouts.column("blocks"); blocks && !record.fields[*blocks].empty()) {
            BOOST_OUTCOME_TRY(value, parseCsvNumber(record.fields[*blocks], record.line, *blocks, "blocks"));
            it->blocks = static_cast<int>(value);
        }
        if (const auto experts = layouts.column("experts"); experts && !record.fields[*experts].empty()) {
            const std::string_view usedName = "experts_used"; // needed with "experts"
            const auto used = layouts.column(usedName);
            if (!used) {
                return makeError(ErrorCode::CorruptCatalog, "KV layouts: no column '" + std::string(usedName) + "'");
            }
            BOOST_OUTCOME_TRY(count, parseCsvNumber(record.fields[*experts], record.line, *experts, "experts"));
            BOOST_OUTCOME_TRY(perToken, parseCsvNumber(record.fields[*used], record.line, *used, "experts_used"));
            it->experts = static_cast<int>(count);
            it->expertsUsed = static_cast<int>(perToken);
        }
    }
    BOOST_OUTCOME_TRY(flops, parseCsv(flopsCsv, CsvOptions{true}));
    const auto hardware = flops.column("hardware");
    const auto tflops = flops.column("fp16_tflops");
    if (!hardware || !tflops) {
        return makeError(ErrorCode::CorruptCatalog, "hardware FLOPS: columns 'hardware' and 'fp16_tflops' needed");
    }
    for (const CsvRecord& record : flops.records) {
        BOOST_OUTCOME_TRY(value, parseCsvNumber(record.fields[*tflops], record.line, *tflops, "fp16_tflops"));
        tables.flops.push_back(HardwareFlops{hardwareKey(record.fields[*hardware]), value});
    }
    return tables;
}

const ReferenceTables& shippedReferenceTables()
{
    // Parsed once; a test proves the shipped files parse, so value() cannot fail here.
    static const ReferenceTables tables
        = parseReferenceTables(embedded::modelLayoutsCsv(), embedded::hardwareFlopsCsv()).value();
    return tables;
}

} // namespace localrig::core
