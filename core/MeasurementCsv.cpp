// SPDX-FileCopyrightText: 2026 LocalRig contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "MeasurementCsv.h"

#include "CalibrationData.h"
#include "CsvReader.h"
#include "Units.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <charconv>
#include <cmath>

namespace localrig::core {

namespace {

constexpr std::array<std::string_view, 11> kRequiredColumns{
    "hardware", "bandwidth_gbs", "backend", "model",       "params_b",    "active_params_b",
    "quant",    "file_gib",      "context", "pp_tokens_s", "tg_tokens_s",
};
constexpr double kMaxValue = 1e7; // past any bandwidth, parameter count in billions or tokens/s
constexpr double kMaxContext = 1 << 24;

std::string lower(std::string_view text)
{
    std::string out(text);
    std::transform(out.begin(), out.end(), out.begin(), [](unsigned char c) { return std::tolower(c); });
    return out;
}

std::string upper(std::string_view text)
{
    std::string out(text);
    std::transform(out.begin(), out.end(), out.begin(), [](unsigned char c) { return std::toupper(c); });
    return out;
}

std::string trimmed(std::string_view text)
{
    const auto first = text.find_first_not_of(" \t");
    if (first == std::string_view::npos) {
        return {};
    }
    const auto last = text.find_last_not_of(" \t");
    return std::string(text.substr(first, last - first + 1));
}

std::string withoutParentheses(std::string_view text)
{
    std::string out;
    int depth = 0;
    for (char c : text) {
        depth += c == '(' ? 1 : 0;
        if (depth == 0) {
            out += c;
        }
        depth -= (c == ')' && depth > 0) ? 1 : 0;
    }
    return out;
}

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

// True when `text` holds `prefix` + digit + `suffix`, e.g. "Q" + 4 + "_K".
bool hasDigitPattern(std::string_view text, std::string_view prefix, std::string_view suffix)
{
    for (std::size_t at = text.find(prefix); at != std::string_view::npos; at = text.find(prefix, at + 1)) {
        const std::size_t digit = at + prefix.size();
        if (digit < text.size() && isDigit(text[digit]) && text.substr(digit + 1, suffix.size()) == suffix) {
            return true;
        }
    }
    return false;
}

// Reads the cells of one record by column name, turning each bad value into a line-and-column error.
class RecordReader
{
public:
    RecordReader(const CsvTable& table, const CsvRecord& record)
        : m_table(table)
        , m_record(record)
    { }

    std::string text(std::string_view name) const { return trimmed(m_record.fields[index(name)]); }

    Result<std::optional<double>> optionalNumber(std::string_view name, bool allowZero) const
    {
        const std::string field = text(name);
        if (field.empty()) {
            return std::optional<double>();
        }
        BOOST_OUTCOME_TRY(value, parseCsvNumber(field, m_record.line, index(name), name));
        if (value < 0.0 || (!allowZero && value == 0.0) || value > kMaxValue) {
            return csvError(m_record.line, index(name), name, "'" + field + "' is out of range");
        }
        return std::optional<double>(value);
    }

    Result<double> requiredNumber(std::string_view name) const
    {
        BOOST_OUTCOME_TRY(value, optionalNumber(name, false));
        if (!value) {
            return csvError(m_record.line, index(name), name, "a value is required");
        }
        return *value;
    }

    Error error(std::string_view name, std::string_view what) const
    {
        return csvError(m_record.line, index(name), name, what);
    }

private:
    std::size_t index(std::string_view name) const { return *m_table.column(name); }

    const CsvTable& m_table;
    const CsvRecord& m_record;
};

// The optional expert-offload columns (issue 17); files without them parse as before.
Result<void> readExpertOffload(const CsvTable& table, const RecordReader& cell, Measurement& row)
{
    if (table.column("system_bandwidth_gbs")) {
        BOOST_OUTCOME_TRY(system, cell.optionalNumber("system_bandwidth_gbs", false));
        row.systemBandwidthGBs = system;
    }
    if (!table.column("n_cpu_moe") || cell.text("n_cpu_moe").empty()) {
        return outcome::success();
    }
    if (cell.text("n_cpu_moe") == "all") {
        row.cpuMoeLayers = kAllMoeLayers;
        return outcome::success();
    }
    BOOST_OUTCOME_TRY(layers, cell.optionalNumber("n_cpu_moe", true));
    if (*layers != std::floor(*layers) || *layers >= kAllMoeLayers) {
        return cell.error("n_cpu_moe", "must be a whole number of layers or 'all'");
    }
    row.cpuMoeLayers = static_cast<int>(*layers);
    return outcome::success();
}

// The micro-batch a row's notes state as "n_ubatch=N" (llama-bench's -ub), else llama-bench's default.
int microBatchIn(std::string_view notes)
{
    constexpr std::string_view key = "n_ubatch=";
    const std::size_t at = notes.find(key);
    int value = 0;
    if (at != std::string_view::npos) {
        const char* begin = notes.data() + at + key.size();
        std::from_chars(begin, notes.data() + notes.size(), value);
    }
    return value > 0 ? value : kDefaultMicroBatch;
}

Result<Measurement> readMeasurement(const CsvTable& table, const CsvRecord& record)
{
    const RecordReader cell(table, record);
    Measurement row;
    row.line = record.line;
    row.hardware = cell.text("hardware");
    row.model = cell.text("model");
    row.quant = cell.text("quant");
    if (row.hardware.empty()) {
        return cell.error("hardware", "a value is required");
    }
    if (row.model.empty()) {
        return cell.error("model", "a value is required");
    }
    row.hardwareKey = hardwareKey(row.hardware);
    auto backend = parseMeasuredBackend(cell.text("backend"));
    if (!backend) {
        return cell.error("backend", backend.error().detail);
    }
    row.backend = backend.value();
    row.kernel = kernelOfQuant(row.quant);
    BOOST_OUTCOME_TRY(bandwidth, cell.optionalNumber("bandwidth_gbs", false));
    BOOST_OUTCOME_TRY(total, cell.requiredNumber("params_b"));
    BOOST_OUTCOME_TRY(active, cell.requiredNumber("active_params_b"));
    if (active > total) {
        return cell.error("active_params_b", "active parameters exceed the total");
    }
    BOOST_OUTCOME_TRY(file, cell.optionalNumber("file_gib", false));
    BOOST_OUTCOME_TRY(context, cell.optionalNumber("context", true));
    if (context && (*context != std::floor(*context) || *context > kMaxContext)) {
        return cell.error("context", "the KV depth must be a whole number of tokens");
    }
    BOOST_OUTCOME_TRY(prefill, cell.optionalNumber("pp_tokens_s", false));
    BOOST_OUTCOME_TRY(decode, cell.optionalNumber("tg_tokens_s", false));
    row.bandwidthGBs = bandwidth;
    row.totalParams = total * kParamsPerBillion;
    row.activeParams = active * kParamsPerBillion;
    row.fileGiB = file;
    row.contextTokens = context ? static_cast<int>(*context) : 0;
    row.prefillTps = prefill;
    row.decodeTps = decode;
    if (const auto source = table.column("source_url")) {
        row.source = trimmed(record.fields[*source]);
    }
    if (const auto notes = table.column("notes")) {
        row.microBatch = microBatchIn(record.fields[*notes]);
    }
    BOOST_OUTCOME_TRYV(readExpertOffload(table, cell, row));
    return row;
}

} // namespace

std::string hardwareKey(std::string_view hardware)
{
    std::string key = trimmed(withoutParentheses(hardware));
    // "2x NVIDIA RTX 3090" -> "NVIDIA RTX 3090"
    std::size_t digits = 0;
    while (digits < key.size() && isDigit(key[digits])) {
        ++digits;
    }
    if (digits > 0 && digits + 1 < key.size() && (key[digits] == 'x' || key[digits] == 'X') && key[digits + 1] == ' ') {
        key = trimmed(std::string_view(key).substr(digits + 2));
    }
    // "Apple M1 Max 32-core GPU" -> "Apple M1 Max"
    const std::string_view coreGpu = "-core GPU";
    if (key.size() > coreGpu.size() && key.ends_with(coreGpu)) {
        std::size_t start = key.size() - coreGpu.size();
        while (start > 0 && isDigit(key[start - 1])) {
            --start;
        }
        if (start < key.size() - coreGpu.size() && start > 0 && key[start - 1] == ' ') {
            key = trimmed(std::string_view(key).substr(0, start));
        }
    }
    return key;
}

std::string modelKey(std::string_view model)
{
    return lower(trimmed(withoutParentheses(model)));
}

std::string modelFamily(std::string_view model)
{
    std::vector<std::string> words;
    std::string word;
    for (char c : modelKey(model) + " ") {
        if (c == ' ' || c == '-' || c == '_') {
            if (!word.empty()) {
                words.push_back(word);
            }
            word.clear();
        } else {
            word += c;
        }
    }
    if (words.empty()) {
        return {};
    }
    std::string family = words.front();
    if (words.size() > 1 && !words[1].empty() && isDigit(words[1].front())
        && words[1].find_first_not_of("0123456789.") == std::string::npos) {
        family += " " + words[1].substr(0, words[1].find('.'));
    }
    return family;
}

Result<Backend> parseMeasuredBackend(std::string_view text)
{
    const std::string name = lower(trimmed(text));
    constexpr std::array<std::pair<std::string_view, Backend>, 5> kPrefixes{{
        {"cuda", Backend::Cuda},
        {"metal", Backend::Metal},
        {"vulkan", Backend::Vulkan},
        {"rocm", Backend::Rocm},
        {"cpu", Backend::Cpu},
    }};
    for (const auto& [prefix, backend] : kPrefixes) {
        if (name.starts_with(prefix)) {
            return backend;
        }
    }
    return makeError(ErrorCode::InvalidInput,
                     "unknown backend '" + std::string(text) + "' (expected CUDA, Metal, Vulkan, ROCm or CPU)");
}

QuantKernel kernelOfQuant(std::string_view quant)
{
    const std::string name = upper(quant);
    if (name.find("FP4") != std::string::npos) {
        return QuantKernel::Fp4; // before F16: "MXFP4 (labelled F16 by early llama.cpp)"
    }
    if (name.find("Q8_0") != std::string::npos) {
        return QuantKernel::Q8;
    }
    if (hasDigitPattern(name, "IQ", "")) {
        return QuantKernel::IQuant;
    }
    if (hasDigitPattern(name, "Q", "_K")) {
        return QuantKernel::KQuant;
    }
    if (hasDigitPattern(name, "Q", "_0") || hasDigitPattern(name, "Q", "_1")) {
        return QuantKernel::Legacy4;
    }
    if (name.find("F16") != std::string::npos || name.find("F32") != std::string::npos) {
        return QuantKernel::Float16; // F16, BF16, FP16 and F32 all run the float kernels
    }
    return QuantKernel::Other;
}

Result<std::vector<Measurement>> parseMeasurements(std::string_view csvText)
{
    BOOST_OUTCOME_TRY(table, parseCsv(csvText));
    for (std::string_view name : kRequiredColumns) {
        if (!table.column(name)) {
            return makeError(ErrorCode::InvalidInput, "line 1: the header has no column '" + std::string(name) + "'");
        }
    }
    std::vector<Measurement> rows;
    rows.reserve(table.records.size());
    for (const CsvRecord& record : table.records) {
        BOOST_OUTCOME_TRY(row, readMeasurement(table, record));
        rows.push_back(std::move(row));
    }
    return rows;
}

} // namespace localrig::core
