// SPDX-FileCopyrightText: 2026 LocalRig contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "CalibrationFile.h"

#include "CsvReader.h"
#include "Enums.h"

#include <array>
#include <charconv>

namespace localrig::core {

namespace {

constexpr std::array<BackendFamily, kBackendFamilyCount> kFamilies{BackendFamily::Metal, BackendFamily::Cuda,
                                                                   BackendFamily::RocmVulkan, BackendFamily::Cpu};
constexpr std::array<std::string_view, 8> kColumns{"kind",     "family",    "class",      "value",
                                                   "fixed_ms", "low_ratio", "high_ratio", "rows"};
// Added by issue 16; optional when reading, so a file written before it still parses (0 us, factor 1).
constexpr std::array<std::string_view, 7> kOptionalColumns{"layer_us",           "kv_factor",      "moe_factor",
                                                           "attention_factor",   "stream_weights", "compute_factor",
                                                           "linear_block_factor"};
constexpr double kMicrosecondsPerSecond = 1e6;
constexpr double kMillisecondsPerSecond = 1000.0;
constexpr std::size_t kKernelCount = 7; // QuantKernel::Float16 .. QuantKernel::Other

// SpeedCalibration is looked up by backend; any backend of the family gives the family's entry.
Backend backendOf(BackendFamily family)
{
    switch (family) {
    case BackendFamily::Metal:
        return Backend::Metal;
    case BackendFamily::Cuda:
        return Backend::Cuda;
    case BackendFamily::RocmVulkan:
        return Backend::Vulkan;
    case BackendFamily::Cpu:
        return Backend::Cpu;
    }
    return Backend::Cpu;
}

std::string line(std::initializer_list<std::string> fields)
{
    std::string out;
    for (const std::string& field : fields) {
        out += (out.empty() ? "" : ",") + field;
    }
    return out + "\n";
}

struct Cells
{
    const CsvTable& table;
    const CsvRecord& record;

    std::string text(std::string_view name) const
    {
        const auto column = table.column(name);
        return column ? record.fields[*column] : std::string();
    }
    Result<double> number(std::string_view name) const
    {
        const std::size_t column = *table.column(name);
        return parseCsvNumber(record.fields[column], record.line, column, name);
    }
};

Result<void> readEntry(const Cells& cells, SpeedCalibration& calibration)
{
    const std::string kind = cells.text("kind");
    BOOST_OUTCOME_TRY(value, cells.number("value"));
    BOOST_OUTCOME_TRY(rows, cells.number("rows"));
    if (value <= 0.0 || rows < 0.0) {
        return csvError(cells.record.line, 3, "value", "must be positive, with rows >= 0");
    }
    if (kind == "kernel") {
        BOOST_OUTCOME_TRY(kernel, parseQuantKernel(cells.text("family")));
        calibration.setKernelFactor(kernel, value, static_cast<int>(rows));
        return outcome::success();
    }
    BOOST_OUTCOME_TRY(family, parseBackendFamily(cells.text("family")));
    BOOST_OUTCOME_TRY(low, cells.number("low_ratio"));
    BOOST_OUTCOME_TRY(high, cells.number("high_ratio"));
    if (kind == "prefill") {
        PrefillCalibration p{value, low, high, static_cast<int>(rows)};
        if (!cells.text("moe_factor").empty()) {
            BOOST_OUTCOME_TRY(moe, cells.number("moe_factor"));
            if (moe <= 0.0) {
                return csvError(cells.record.line, 10, "moe_factor", "must be positive");
            }
            p.moeFactor = moe;
        }
        if (!cells.text("attention_factor").empty()) {
            BOOST_OUTCOME_TRY(attention, cells.number("attention_factor"));
            if (attention <= 0.0) {
                return csvError(cells.record.line, 11, "attention_factor", "must be positive");
            }
            p.attentionFactor = attention;
        }
        p.streamWeights = cells.text("stream_weights") == "1";
        calibration.setPrefill(family, p);
        return outcome::success();
    }
    if (kind == "decode") {
        const std::string cls = cells.text("class");
        if (cls != "dense" && cls != "moe") {
            return csvError(cells.record.line, 2, "class", "'" + cls + "' is neither dense nor moe");
        }
        BOOST_OUTCOME_TRY(fixedMs, cells.number("fixed_ms"));
        DecodeCalibration d{value, fixedMs / kMillisecondsPerSecond, low, high, static_cast<int>(rows)};
        if (!cells.text("layer_us").empty()) {
            BOOST_OUTCOME_TRY(layerUs, cells.number("layer_us"));
            d.secondsPerLayer = layerUs / kMicrosecondsPerSecond;
        }
        if (!cells.text("kv_factor").empty()) {
            BOOST_OUTCOME_TRY(kv, cells.number("kv_factor"));
            d.kvFactor = kv;
        }
        if (!cells.text("compute_factor").empty()) {
            BOOST_OUTCOME_TRY(compute, cells.number("compute_factor"));
            d.computeFactor = compute;
        }
        if (!cells.text("linear_block_factor").empty()) {
            BOOST_OUTCOME_TRY(lambda, cells.number("linear_block_factor"));
            d.linearBlockFactor = lambda;
        }
        if (d.secondsPerLayer < 0.0 || d.kvFactor <= 0.0 || d.computeFactor < 0.0 || d.linearBlockFactor <= 0.0) {
            return csvError(cells.record.line, 8, "layer_us",
                            "must be >= 0, with kv_factor > 0, compute_factor >= 0 and linear_block_factor > 0");
        }
        calibration.setDecode(family, cls == "moe", d);
        return outcome::success();
    }
    return csvError(cells.record.line, 0, "kind", "'" + kind + "' is not decode, kernel or prefill");
}

} // namespace

std::string formatFixed(double value, int decimals)
{
    std::array<char, 64> buffer{};
    const auto [end, ec]
        = std::to_chars(buffer.data(), buffer.data() + buffer.size(), value, std::chars_format::fixed, decimals);
    return ec == std::errc() ? std::string(buffer.data(), end) : std::string("nan");
}

std::string writeCalibrationCsv(const SpeedCalibration& c, const CalibrationProvenance& provenance)
{
    std::string out;
    out += "# LocalRig speed calibration. Generated: edit the data and re-run the command, not this file.\n";
    out += "# command: " + provenance.command + "\n";
    out += "# data: " + provenance.data + "\n";
    out += "# data_date: " + provenance.dataDate + "\n";
    out += "# model: t_token = (W + kv_factor x KV) / (value x kernel x bandwidth) + (layers + "
           "(linear_block_factor - 1) x linear-attention blocks) x layer_us + fixed_ms + compute_factor x 2 x active "
           "/ FP16 matrix FLOPS; W = file x active/total (MXFP4 MoE: active experts at 4.25 bits + the other active "
           "parameters at the rest of the file's bytes per parameter), KV = cache read at depth\n";
    out += "# fit: ln(value) = global (one efficiency for every backend and dense or MoE: the form with backend "
           "and MoE effects did worse on held-out hardware and families; kernel factors 1); Huber loss "
           "(10 %); layer_us on a 4 us grid, kv_factor in {1, 1.25, 1.5, 2}, compute_factor fixed by cross-validation "
           "(8), linear_block_factor (a Gated DeltaNet block's launch time in layer_us) in {1, 1.5, 2, 3, 4, 6}\n";
    out += "# prefill: t_token = (2 x active + attention_factor x attention at depth) / (value x moe_factor (MoE) x "
           "FP16 matrix FLOPS) + stream_weights x file / (512 x bandwidth); family median shrunk toward the global "
           "median by rows / (rows + 0.5); attention_factor and stream_weights chosen by absolute log error, then "
           "attention_factor per family with rows at depth (attention >= 10 % of FLOPs), shrunk toward the global "
           "one in log by deep rows / (deep rows + 2)\n";
    out += "# bands: 8th/92nd percentile of leave-one-hardware-out measured/predicted; under 10 rows: all rows' "
           "percentiles stretched in log space by sqrt(10/rows), or the cell's own if wider\n";
    out += "# rows = 0: no measurements of its own; decode and prefill take the global value (cpu: the sizing "
           "defaults)\n";
    std::string header;
    for (std::string_view column : kColumns) {
        header += (header.empty() ? "" : ",") + std::string(column);
    }
    for (std::string_view column : kOptionalColumns) {
        header += "," + std::string(column);
    }
    out += header + "\n";
    for (BackendFamily family : kFamilies) {
        for (bool moe : {false, true}) {
            const DecodeCalibration& d = c.decode(backendOf(family), moe);
            out += line({"decode", std::string(toString(family)), moe ? "moe" : "dense", formatFixed(d.efficiency, 4),
                         formatFixed(d.fixedSecondsPerToken * kMillisecondsPerSecond, 2), formatFixed(d.lowRatio, 3),
                         formatFixed(d.highRatio, 3), std::to_string(d.rows),
                         formatFixed(d.secondsPerLayer * kMicrosecondsPerSecond, 1), formatFixed(d.kvFactor, 3), "", "",
                         "", formatFixed(d.computeFactor, 1), formatFixed(d.linearBlockFactor, 2)});
        }
    }
    for (std::size_t k = 0; k < kKernelCount; ++k) {
        const auto kernel = static_cast<QuantKernel>(k);
        out += line({"kernel", std::string(toString(kernel)), "", formatFixed(c.kernelFactor(kernel), 4), "", "", "",
                     std::to_string(c.kernelRows(kernel)), "", "", "", "", "", "", ""});
    }
    for (BackendFamily family : kFamilies) {
        const PrefillCalibration& p = c.prefill(backendOf(family));
        out += line({"prefill", std::string(toString(family)), "", formatFixed(p.efficiency, 4), "",
                     formatFixed(p.lowRatio, 3), formatFixed(p.highRatio, 3), std::to_string(p.rows), "", "",
                     formatFixed(p.moeFactor, 3), formatFixed(p.attentionFactor, 2), p.streamWeights ? "1" : "0", "",
                     ""});
    }
    return out;
}

Result<SpeedCalibration> parseCalibrationCsv(std::string_view text)
{
    BOOST_OUTCOME_TRY(table, parseCsv(text, CsvOptions{true}));
    for (std::string_view column : kColumns) {
        if (!table.column(column)) {
            return makeError(ErrorCode::CorruptCatalog, "calibration file: no column '" + std::string(column) + "'");
        }
    }
    SpeedCalibration calibration = SpeedCalibration::uncalibratedDefaults();
    for (const CsvRecord& record : table.records) {
        BOOST_OUTCOME_TRYV(readEntry(Cells{table, record}, calibration));
    }
    for (const std::string& comment : table.comments) {
        const std::string_view key = " data: ";
        if (comment.starts_with(key)) {
            calibration.source = "fitted to " + comment.substr(key.size());
        }
    }
    return calibration;
}

} // namespace localrig::core
