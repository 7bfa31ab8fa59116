// SPDX-FileCopyrightText: 2026 LocalRig contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ModelFileFacts.h"

#include "Wording.h"

#include <QLocale>
#include <QStringList>

namespace localrig::ui {

QString ModelFileFacts::count(std::uint64_t value)
{
    const QLocale locale;
    const auto v = static_cast<double>(value);
    const QString exact = locale.toString(static_cast<qulonglong>(value));
    if (v >= 1e9) {
        return tr("%1 B (%2)").arg(locale.toString(v / 1e9, 'f', 2), exact);
    }
    if (v >= 1e6) {
        return tr("%1 M (%2)").arg(locale.toString(v / 1e6, 'f', 2), exact);
    }
    return exact;
}

QString ModelFileFacts::quantMix(const core::gguf::ModelFileReport& report, std::size_t shown)
{
    if (!report.weightsBytes || *report.weightsBytes == 0 || report.quantMix.empty()) {
        return {};
    }
    const QLocale locale;
    QStringList parts;
    for (std::size_t i = 0; i < report.quantMix.size() && i < shown; ++i) {
        const core::gguf::QuantShare& share = report.quantMix[i];
        const double percent = 100.0 * static_cast<double>(share.bytes) / static_cast<double>(*report.weightsBytes);
        parts.append(percent < 0.05
                         ? tr("%1 < 0.1 %").arg(QString::fromStdString(share.type))
                         : tr("%1 %2 %").arg(QString::fromStdString(share.type), locale.toString(percent, 'f', 1)));
    }
    if (report.quantMix.size() > shown) {
        parts.append(tr("%n more", nullptr, static_cast<int>(report.quantMix.size() - shown)));
    }
    return parts.join(tr(", "));
}

std::vector<ModelFileFacts::Row> ModelFileFacts::rows(const core::gguf::ModelFileReport& r)
{
    const QLocale locale;
    std::vector<Row> rows;
    rows.push_back({tr("Format"), QString::fromStdString(r.format)});
    rows.push_back({tr("Architecture"), QString::fromStdString(r.architecture)});
    rows.push_back(
        {tr("Parameters"),
         r.parametersEstimated ? tr("%1, estimated from the shapes").arg(count(r.parameters)) : count(r.parameters)});
    if (r.activeParameters > 0 && r.activeParameters < r.parameters) {
        rows.push_back({tr("Active per token"), count(r.activeParameters)});
    }
    rows.push_back({tr("Layers"), locale.toString(r.layers)});
    if (r.kvLoraRank > 0) {
        rows.push_back(
            {tr("KV cache"),
             tr("MLA latent rank %1 + RoPE %2").arg(locale.toString(r.kvLoraRank), locale.toString(r.ropeDim))});
    } else {
        rows.push_back(
            {tr("KV heads"),
             r.kvHeadsMin == r.kvHeadsMax
                 ? tr("%1 of %2 query heads").arg(locale.toString(r.kvHeadsMax), locale.toString(r.attentionHeads))
                 : tr("%1 to %2 per layer, %3 query heads")
                       .arg(locale.toString(r.kvHeadsMin), locale.toString(r.kvHeadsMax),
                            locale.toString(r.attentionHeads))});
        rows.push_back({tr("Head dimension"),
                        r.keyLength == r.valueLength
                            ? locale.toString(r.keyLength)
                            : tr("%1 (K) / %2 (V)").arg(locale.toString(r.keyLength), locale.toString(r.valueLength))});
    }
    rows.push_back({tr("Sliding window"),
                    r.slidingWindow > 0 ? tr("%1 on %2 of %3 layers")
                                              .arg(Wording::contextTokens(r.slidingWindow),
                                                   locale.toString(r.slidingLayers), locale.toString(r.layers))
                                        : tr("none")});
    rows.push_back({tr("Experts"),
                    r.experts > 0
                        ? tr("%1, %2 per token").arg(locale.toString(r.experts), locale.toString(r.expertsUsed))
                        : tr("none (dense)")});
    if (r.contextLength > 0) {
        rows.push_back({tr("Context"), Wording::contextTokens(r.contextLength)});
    }
    if (!r.fileType.empty()) {
        rows.push_back({tr("File type"), QString::fromStdString(r.fileType)});
    }
    if (const QString mix = quantMix(r); !mix.isEmpty()) {
        rows.push_back({tr("Quantization mix"), mix});
    }
    if (r.weightsBytes) {
        const double bits
            = r.parameters > 0 ? static_cast<double>(*r.weightsBytes) * 8.0 / static_cast<double>(r.parameters) : 0.0;
        // A file size, so decimal GB as the catalog's file sizes are (README "Units").
        rows.push_back({tr("Weights"),
                        tr("%1 bytes (%2 GB, %3 bits per weight)")
                            .arg(locale.toString(static_cast<qulonglong>(*r.weightsBytes)),
                                 locale.toString(static_cast<double>(*r.weightsBytes) / 1e9, 'f', 2),
                                 locale.toString(bits, 'f', 2))});
    } else {
        rows.push_back({tr("Weights"), tr("not stated by the file: estimated from bits per weight")});
    }
    return rows;
}

} // namespace localrig::ui
