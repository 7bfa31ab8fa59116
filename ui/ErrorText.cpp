// SPDX-FileCopyrightText: 2026 LocalRig contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ErrorText.h"

#include <QLocale>
#include <QRegularExpression>

#include <array>
#include <cmath>
#include <optional>

namespace localrig::ui {

namespace {

// Every detail core/ and db/ write as a fixed string (makeError with a literal), in the core's words.
constexpr std::array kFixedDetails{
    QT_TRANSLATE_NOOP("ErrorText", "'general.architecture' is missing or not a string"),
    QT_TRANSLATE_NOOP("ErrorText", "/proc/meminfo has no MemTotal line"),
    QT_TRANSLATE_NOOP("ErrorText", "GGUF version 1 is obsolete and not supported (versions 2 and 3 are)"),
    QT_TRANSLATE_NOOP("ErrorText", "LoRA targets: none of q, k, v, o, gate, up, down"),
    QT_TRANSLATE_NOOP("ErrorText", "no feasible decode fit (a row is faster than its overheads allow)"),
    QT_TRANSLATE_NOOP("ErrorText", "a cluster pools two to four machines"),
    QT_TRANSLATE_NOOP("ErrorText", "a discrete GPU needs its VRAM size"),
    QT_TRANSLATE_NOOP("ErrorText", "a file size must be 1 byte to 100 TB"),
    QT_TRANSLATE_NOOP("ErrorText", "a file size needs a model id and a quantization id"),
    QT_TRANSLATE_NOOP("ErrorText", "a model needs a name of 1 to 80 characters"),
    QT_TRANSLATE_NOOP("ErrorText", "a model needs an id and a name"),
    QT_TRANSLATE_NOOP("ErrorText", "a multi-GPU build needs at least two cards"),
    QT_TRANSLATE_NOOP("ErrorText", "a platform needs an id and a name"),
    QT_TRANSLATE_NOOP("ErrorText", "a price needs a platform id and a date"),
    QT_TRANSLATE_NOOP("ErrorText", "a price override needs a platform and 0 to 10,000,000 USD"),
    QT_TRANSLATE_NOOP("ErrorText", "a saved scenario needs a name"),
    QT_TRANSLATE_NOOP("ErrorText", "a unified or system-memory platform needs its memory size"),
    QT_TRANSLATE_NOOP("ErrorText", "a workload needs 1 to 2^30 tokens and 1 to 10,000 sessions"),
    QT_TRANSLATE_NOOP("ErrorText", "a workload needs a slug, a name, a model and a quantization"),
    QT_TRANSLATE_NOOP("ErrorText", "active parameters exceed total parameters"),
    QT_TRANSLATE_NOOP("ErrorText", "adapter precision: adapters train in fp32 or bf16"),
    QT_TRANSLATE_NOOP("ErrorText", "bandwidth probe: cannot allocate the buffer"),
    QT_TRANSLATE_NOOP("ErrorText", "bandwidth probe: cannot start its threads"),
    QT_TRANSLATE_NOOP("ErrorText", "bandwidth probe: the buffer read back wrong"),
    QT_TRANSLATE_NOOP("ErrorText", "base precision: NF4 goes with QLoRA and only with QLoRA"),
    QT_TRANSLATE_NOOP("ErrorText", "big-endian GGUF files are not supported"),
    QT_TRANSLATE_NOOP("ErrorText", "cannot determine the size of the GGUF input (stream is not seekable)"),
    QT_TRANSLATE_NOOP("ErrorText", "choose at least one workload"),
    QT_TRANSLATE_NOOP("ErrorText", "config.json: hidden_size is smaller than num_attention_heads"),
    QT_TRANSLATE_NOOP("ErrorText", "config.json: kv_lora_rank (MLA) needs qk_rope_head_dim"),
    QT_TRANSLATE_NOOP("ErrorText", "config.json: the top level must be an object"),
    QT_TRANSLATE_NOOP("ErrorText", "hardware FLOPS: columns 'hardware' and 'fp16_tflops' needed"),
    QT_TRANSLATE_NOOP("ErrorText", "is required but empty"),
    QT_TRANSLATE_NOOP("ErrorText", "leave-one-hardware-out needs rows from two or more hardware"),
    QT_TRANSLATE_NOOP("ErrorText", "line 1: the file has no header line"),
    QT_TRANSLATE_NOOP("ErrorText", "model has no attention layers to size a KV cache from"),
    QT_TRANSLATE_NOOP("ErrorText", "no decode rows to fit (rows need tg, bandwidth and file size)"),
    QT_TRANSLATE_NOOP("ErrorText", "no workload or model chosen"),
    QT_TRANSLATE_NOOP("ErrorText", "price (USD) must be 0 to 10,000,000"),
    QT_TRANSLATE_NOOP("ErrorText", "safetensors index: metadata.total_size must be a positive number of bytes"),
    QT_TRANSLATE_NOOP("ErrorText", "sysctl printed fewer than two values (hw.memsize, brand string)"),
    QT_TRANSLATE_NOOP("ErrorText", "tensor byte size overflows 64 bits"),
    QT_TRANSLATE_NOOP("ErrorText", "the catalog text has problems"),
    QT_TRANSLATE_NOOP("ErrorText", "the database has no schema version"),
    QT_TRANSLATE_NOOP("ErrorText", "the file size and the workload must name the model being saved"),
    QT_TRANSLATE_NOOP("ErrorText", "total parameters do not exceed the embedding matrices"),
    QT_TRANSLATE_NOOP("ErrorText", "unknown field kind"),
};

// The field names core/Validation's range checks put in front of "is 7; expected 1 to 4".
constexpr std::array kFieldNames{
    QT_TRANSLATE_NOOP("ErrorText", "API spend per month (USD)"),
    QT_TRANSLATE_NOOP("ErrorText", "FP16 TFLOPS"),
    QT_TRANSLATE_NOOP("ErrorText", "GPU memory limit (GB)"),
    QT_TRANSLATE_NOOP("ErrorText", "KV heads"),
    QT_TRANSLATE_NOOP("ErrorText", "LoRA rank"),
    QT_TRANSLATE_NOOP("ErrorText", "MFU (high)"),
    QT_TRANSLATE_NOOP("ErrorText", "MFU (low)"),
    QT_TRANSLATE_NOOP("ErrorText", "MFU (typical)"),
    QT_TRANSLATE_NOOP("ErrorText", "VRAM (GB)"),
    QT_TRANSLATE_NOOP("ErrorText", "active experts"),
    QT_TRANSLATE_NOOP("ErrorText", "active parameters"),
    QT_TRANSLATE_NOOP("ErrorText", "attention heads"),
    QT_TRANSLATE_NOOP("ErrorText", "bits per weight"),
    QT_TRANSLATE_NOOP("ErrorText", "break-even horizon (months)"),
    QT_TRANSLATE_NOOP("ErrorText", "budget (USD)"),
    QT_TRANSLATE_NOOP("ErrorText", "buffer bytes"),
    QT_TRANSLATE_NOOP("ErrorText", "context"),
    QT_TRANSLATE_NOOP("ErrorText", "dataset tokens"),
    QT_TRANSLATE_NOOP("ErrorText", "electricity price (USD/kWh)"),
    QT_TRANSLATE_NOOP("ErrorText", "epochs"),
    QT_TRANSLATE_NOOP("ErrorText", "file size"),
    QT_TRANSLATE_NOOP("ErrorText", "first-token time for Great (s)"),
    QT_TRANSLATE_NOOP("ErrorText", "first-token time for Slow (s)"),
    QT_TRANSLATE_NOOP("ErrorText", "fixed state bytes"),
    QT_TRANSLATE_NOOP("ErrorText", "framework overhead"),
    QT_TRANSLATE_NOOP("ErrorText", "hardware price (USD)"),
    QT_TRANSLATE_NOOP("ErrorText", "head dim"),
    QT_TRANSLATE_NOOP("ErrorText", "head dimension"),
    QT_TRANSLATE_NOOP("ErrorText", "headroom"),
    QT_TRANSLATE_NOOP("ErrorText", "hidden size"),
    QT_TRANSLATE_NOOP("ErrorText", "hours per day"),
    QT_TRANSLATE_NOOP("ErrorText", "idle power (W)"),
    QT_TRANSLATE_NOOP("ErrorText", "intermediate size"),
    QT_TRANSLATE_NOOP("ErrorText", "layers"),
    QT_TRANSLATE_NOOP("ErrorText", "load power (W)"),
    QT_TRANSLATE_NOOP("ErrorText", "maximum passes"),
    QT_TRANSLATE_NOOP("ErrorText", "memory (GB)"),
    QT_TRANSLATE_NOOP("ErrorText", "memory bandwidth (GB/s)"),
    QT_TRANSLATE_NOOP("ErrorText", "micro-batch"),
    QT_TRANSLATE_NOOP("ErrorText", "minimum passes"),
    QT_TRANSLATE_NOOP("ErrorText", "minimum tokens/s"),
    QT_TRANSLATE_NOOP("ErrorText", "months"),
    QT_TRANSLATE_NOOP("ErrorText", "multiple of reading speed"),
    QT_TRANSLATE_NOOP("ErrorText", "native context"),
    QT_TRANSLATE_NOOP("ErrorText", "parameters"),
    QT_TRANSLATE_NOOP("ErrorText", "peak FLOP/s"),
    QT_TRANSLATE_NOOP("ErrorText", "price (USD)"),
    QT_TRANSLATE_NOOP("ErrorText", "prompt tokens"),
    QT_TRANSLATE_NOOP("ErrorText", "reading speed (tokens/s)"),
    QT_TRANSLATE_NOOP("ErrorText", "resale fraction"),
    QT_TRANSLATE_NOOP("ErrorText", "routed experts"),
    QT_TRANSLATE_NOOP("ErrorText", "sequence length"),
    QT_TRANSLATE_NOOP("ErrorText", "sessions"),
    QT_TRANSLATE_NOOP("ErrorText", "sliding window"),
    QT_TRANSLATE_NOOP("ErrorText", "system bandwidth (GB/s)"),
    QT_TRANSLATE_NOOP("ErrorText", "threads"),
    QT_TRANSLATE_NOOP("ErrorText", "time budget"),
    QT_TRANSLATE_NOOP("ErrorText", "total parameters"),
    QT_TRANSLATE_NOOP("ErrorText", "vocabulary size"),
};

// What db::Catalog looks up by name ("no machine named 'x'"), in the words the window uses.
constexpr std::array<std::pair<const char*, const char*>, 5> kLookups{{
    {"machine", QT_TRANSLATE_NOOP("ErrorText", "no machine named '%1'")},
    {"platform", QT_TRANSLATE_NOOP("ErrorText", "no machine named '%1'")},
    {"model", QT_TRANSLATE_NOOP("ErrorText", "no model named '%1'")},
    {"quantization", QT_TRANSLATE_NOOP("ErrorText", "no quantization named '%1'")},
    {"workload", QT_TRANSLATE_NOOP("ErrorText", "no workload named '%1'")},
}};

template <std::size_t N>
const char* find(const std::array<const char*, N>& table, const std::string& text)
{
    for (const char* entry : table) {
        if (text == entry) {
            return entry;
        }
    }
    return nullptr;
}

QString translated(const char* source)
{
    return QCoreApplication::translate("ErrorText", source);
}

QString field(const QString& name)
{
    const char* entry = find(kFieldNames, name.toStdString());
    return entry ? translated(entry) : name;
}

// "1e+06", "0.5", "131072" as the core printed them, in the user's locale.
QString number(const QString& text)
{
    bool ok = false;
    const double value = text.toDouble(&ok);
    if (!ok) {
        return text;
    }
    constexpr double kLargestWhole = 1e15;
    if (value == static_cast<double>(static_cast<long long>(value)) && std::abs(value) < kLargestWhole) {
        return QLocale().toString(static_cast<long long>(value));
    }
    return QLocale().toString(value, 'g', 6);
}

QRegularExpressionMatch match(const char* pattern, const QString& text)
{
    return QRegularExpression(QString::fromUtf8(pattern)).match(text);
}

std::optional<QString> composed(const QString& text)
{
    // core/Validation.cpp
    if (const auto m = match("^(.+) is (\\S+); expected (\\S+) to (\\S+)$", text); m.hasMatch()) {
        return ErrorText::tr("%1 is %2; expected %3 to %4")
            .arg(field(m.captured(1)), number(m.captured(2)), number(m.captured(3)), number(m.captured(4)));
    }
    if (const auto m = match("^(.+) is (\\S+); expected a value above zero$", text); m.hasMatch()) {
        return ErrorText::tr("%1 is %2; expected a value above zero").arg(field(m.captured(1)), number(m.captured(2)));
    }
    if (const auto m = match("^(.+) is (\\S+); expected at most (\\S+)$", text); m.hasMatch()) {
        return ErrorText::tr("%1 is %2; expected at most %3")
            .arg(field(m.captured(1)), number(m.captured(2)), number(m.captured(3)));
    }
    if (const auto m = match("^(.+) must be a finite number$", text); m.hasMatch()) {
        return ErrorText::tr("%1 must be a finite number").arg(field(m.captured(1)));
    }
    // core/Workload.cpp, core/SpeedEstimate.cpp
    if (const auto m = match("^unknown workload '(.*)'; known: (.*)$", text); m.hasMatch()) {
        return ErrorText::tr("unknown workload '%1'; known: %2").arg(m.captured(1), m.captured(2));
    }
    if (const auto m = match("^(.+) does not fit on (.+), so it has no speed there$", text); m.hasMatch()) {
        return ErrorText::tr("%1 does not fit on %2, so it has no speed there").arg(m.captured(1), m.captured(2));
    }
    // db/Catalog.cpp: "no machine named 'x' (closest: a, b, c)"
    if (const auto m = match("^no (\\S+) named '(.*)'(?: \\(closest: (.*)\\))?$", text); m.hasMatch()) {
        for (const auto& [what, wording] : kLookups) {
            if (m.captured(1) == QLatin1String(what)) {
                const QString found = translated(wording).arg(m.captured(2));
                return m.captured(3).isEmpty() ? found : ErrorText::tr("%1 (closest: %2)").arg(found, m.captured(3));
            }
        }
    }
    // db/CatalogLoader.cpp
    if (const auto m = match("^the shipped catalog is missing: (.*) \\(rebuild, or set LOCALRIG_CATALOG\\)$", text);
        m.hasMatch()) {
        return ErrorText::tr("the shipped catalog is missing: %1 (rebuild, or set LOCALRIG_CATALOG)")
            .arg(m.captured(1));
    }
    return std::nullopt;
}

} // namespace

QString ErrorText::detail(const std::string& detail)
{
    if (const char* fixed = find(kFixedDetails, detail)) {
        return translated(fixed);
    }
    const QString text = QString::fromStdString(detail);
    return composed(text).value_or(text);
}

bool ErrorText::isKnown(const std::string& detail)
{
    return find(kFixedDetails, detail) || composed(QString::fromStdString(detail));
}

} // namespace localrig::ui
