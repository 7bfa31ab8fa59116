// SPDX-FileCopyrightText: 2026 LocalRig contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReportText.h"

#include "core/MemoryEstimate.h"
#include "core/Recommender.h"
#include "core/SizingConstants.h"
#include "core/Units.h"
#include "ui/BuyerWording.h"
#include "ui/CatalogText.h"
#include "ui/Wording.h"
#include "ui/charts/DecodeSpeedChart.h"

#include <QHash>
#include <QLocale>

namespace localrig::ui {

namespace {

QString text(const std::string& value)
{
    return QString::fromStdString(value);
}

QString kvTypeName(core::KvCacheType type)
{
    switch (type) {
    case core::KvCacheType::F16:
        return QStringLiteral("f16");
    case core::KvCacheType::Q8_0:
        return QStringLiteral("q8_0");
    case core::KvCacheType::Q4_0:
        return QStringLiteral("q4_0");
    }
    return {};
}

QString provenanceLine(const QString& what, const Provenance& p)
{
    if (p.source.isEmpty()) {
        return {};
    }
    QString line = ReportText::tr("%1: %2").arg(what, p.source);
    if (!p.sourceDate.isEmpty()) {
        line += ReportText::tr(" (%1)").arg(p.sourceDate);
    }
    return line;
}

} // namespace

QList<ReportText::Row> ReportText::inputs(const PlanInputs& in, const PlanResult& result, const CatalogData& catalog)
{
    const QLocale locale;
    QStringList workloads;
    for (const QString& slug : in.workloads) {
        QString name = slug;
        for (const WorkloadInfo& info : catalog.workloadInfo) {
            if (info.slug == slug) {
                name = CatalogText::useCaseName(info.slug, info.name);
            }
        }
        workloads.append(name);
    }
    const core::Scenario& scenario = result.plan.scenario;
    QList<Row> rows;
    rows.append({tr("Workloads"), workloads.isEmpty() ? tr("none") : workloads.join(QStringLiteral(", "))});
    // Each workload keeps its own context and agents unless the person set one for all of them.
    QStringList own;
    if (result.recommendation) {
        for (const core::WorkloadFootprint& w : result.recommendation->workloads) {
            own.append(tr("%1 × %2").arg(Wording::contextTokens(w.contextTokens), locale.toString(w.sessions)));
        }
    }
    own.removeDuplicates();
    rows.append({tr("Context × agents"),
                 in.contextTokens > 0 || in.agents > 0
                     ? tr("%1 × %2, for every workload")
                           .arg(Wording::contextTokens(scenario.contextTokens), locale.toString(scenario.sessions))
                     : tr("each workload's own: %1").arg(own.join(QStringLiteral(", ")))});
    rows.append({tr("Run together"),
                 in.concurrent ? tr("yes: memory adds up, bandwidth is shared") : tr("no: one workload at a time")});
    rows.append({tr("Own desktop PC"),
                 in.haveDesktopPc ? tr("yes: cards are priced alone") : tr("no: cards are priced with a host PC")});
    rows.append({tr("Budget"), in.budgetUsd ? Wording::money(*in.budgetUsd) : tr("no limit")});
    // The vendor as its maker writes it, not the option's lower-case spelling.
    static const QHash<QString, QString> makers{{QStringLiteral("apple"), QStringLiteral("Apple")},
                                                {QStringLiteral("nvidia"), QStringLiteral("NVIDIA")},
                                                {QStringLiteral("amd"), QStringLiteral("AMD")}};
    rows.append({tr("Vendor"),
                 in.vendor.isEmpty() || in.vendor == QLatin1String("any")
                     ? tr("any")
                     : makers.value(in.vendor.toLower(), in.vendor)});
    rows.append({tr("Portable only"), in.portableOnly ? tr("yes") : tr("no")});
    rows.append({tr("API spend today"), tr("%1 per month").arg(Wording::money(in.apiUsdPerMonth))});
    rows.append({tr("Electricity"),
                 tr("%1 per kWh, %2 hours a day under load")
                     .arg(Wording::money(in.usdPerKwh, 4), locale.toString(in.hoursPerDay))});
    rows.append({tr("Headroom"), tr("%1 % of unified memory").arg(locale.toString(in.headroom * 100.0, 'f', 0))});
    rows.append({tr("KV cache type"), kvTypeName(in.kvType)});
    return rows;
}

QStringList ReportText::assumptions(const PlanResult& result)
{
    const QLocale locale;
    const core::SizingConstants c;
    const double headroom = result.plan.scenario.headroom * 100.0;
    QStringList lines;
    lines << tr("Weights = total parameters × bits per weight ÷ 8 (Q4_K_M ≈ 4.85 bits); a measured file size wins "
                "when the catalog has one. Source: llama.cpp tools/quantize sizes, NyxKrage LLM calculator.")
          << tr("KV cache per token = 2 × attention layers × KV heads × head dimension × bytes per element (f16 %1, "
                "q8_0 %2, q4_0 %3), × context × parallel sessions; MLA caches one latent per layer, sliding-window "
                "layers at most their window. Source: NVIDIA \"Mastering LLM Techniques: Inference Optimization\"; "
                "ggml block sizes; unsloth PR #4757.")
                 .arg(locale.toString(core::kvBytesPerElement(core::KvCacheType::F16)),
                      locale.toString(core::kvBytesPerElement(core::KvCacheType::Q8_0)),
                      locale.toString(core::kvBytesPerElement(core::KvCacheType::Q4_0)))
          << tr("Overhead = %1 runtime + %2 MiB compute buffer per attention head (flash attention on). Source: "
                "Ollama issue #10765 (457 MiB CUDA minimum); NyxKrage's compute-buffer formula.")
                 .arg(Wording::gigabytes(c.runtimeOverheadBytes),
                      locale.toString(c.computeBufferBytesPerHead / core::kBytesPerMiB))
          << tr("Headroom rule: on unified memory a model is comfortable up to %1 % of RAM and tight up to what the "
                "GPU may use (macOS: about 2/3 of RAM at 16 GB, 3/4 at 32–64 GB, 0.84 at 128 GB); on a GPU it fits "
                "when it stays 1 GB under VRAM, else part of it is offloaded. Source: the guide; "
                "MTLDevice.recommendedMaxWorkingSetSize (llama.cpp #1870); llama.cpp PR #16653.")
                 .arg(locale.toString(headroom, 'f', 0))
          << tr("Decode time per token = bytes read per token (active weights + KV cache at the current context) ÷ "
                "(η × memory bandwidth) + a launch time per layer + 2 × active parameters ÷ (FP16 FLOPS ÷ c); with "
                "offload the memory term is summed over the pools. η, the layer time and c are fitted to published "
                "llama.cpp runs; the band is the spread of their errors on hardware left out of the fit. Where two "
                "or more published runs of a machine miss its estimate by over 1.4× for the plan's kind of model, "
                "its speeds are scaled to their median. Source: llama-bench results; kipply, \"Transformer Inference "
                "Arithmetic\".")
          << tr("Prefill tokens/s = η × FP16 TFLOPS ÷ (2 × active parameters + attention at the prompt's depth), "
                "plus the weights read once per 512-token batch; time to first token for a %1 prompt. "
                "Source: kipply, \"Transformer Inference Arithmetic\"; gpu_poor.")
                 .arg(Wording::contextTokens(c.defaultPromptTokens))
          << tr("Total cost = the complete system's price (a graphics card with the desktop PC it needs) + load "
                "watts × hours a day × days × price per kWh, against the API spend per month; break-even is the "
                "first month whose cumulative API spend reaches the machine's cost, searched over %1 years, and "
                "only for machines that run the plan well. Source: the guide ($2,000 machine against $150/month ≈ "
                "a year); EIA 2024 electricity price.")
                 .arg(locale.toString(core::PlanConstraints{}.breakEvenHorizonMonths / 12))
          << tr("Verdicts: Great = fits under the headroom line, at least %1 at half the context and the first token "
                "within %2; Good = fits and stays at or above %3 when the context fills; Slow = under that, or the "
                "first token takes over %4; Too large = does not fit. Source: reading speed (Brysbaert 2019) and "
                "Nielsen's response-time limits.")
                 .arg(Wording::tokensPerSecond(core::VerdictThresholds{}.greatDecodeTps()),
                      BuyerWording::seconds(core::VerdictThresholds{}.greatFirstTokenSeconds),
                      Wording::tokensPerSecond(core::VerdictThresholds{}.minDecodeTps),
                      BuyerWording::seconds(core::VerdictThresholds{}.slowFirstTokenSeconds))
          << tr("Comfortable reading speed ≈ %1: a fast reader's 300 words a minute at about 1.3 tokens per "
                "word (the average is 238 words a minute). Source: Brysbaert (2019), J. Memory and Language 109.")
                 .arg(Wording::tokensPerSecond(kComfortableReadingTokensPerSecond))
          << tr("Minimum speed to recommend a machine: %1. Source: LocalRig default, faster than reading.")
                 .arg(Wording::tokensPerSecond(c.interactiveMinimumTps));
    return lines;
}

QStringList ReportText::sources(const PlanResult& result, const CatalogData& catalog)
{
    QStringList lines;
    lines << tr("Catalog date: %1.").arg(catalog.catalogDate.isEmpty() ? tr("unknown") : catalog.catalogDate);
    lines << tr("The 2026 local-AI hardware guide: tiers, use cases, headroom rule and disclaimer.");
    for (const core::ModelNeed& need : result.plan.needs) {
        const auto p = catalog.modelProvenance.find(need.model.id);
        if (p != catalog.modelProvenance.end()) {
            lines << provenanceLine(text(need.model.name), p->second);
        }
    }
    if (result.recommendation) {
        for (const core::PlatformAssessment& a : result.recommendation->ranked) {
            const auto p = catalog.platformProvenance.find(a.platform.id);
            if (p != catalog.platformProvenance.end()) {
                lines << provenanceLine(text(a.platform.name), p->second);
            }
            const auto prices = catalog.priceHistory.find(a.platform.id);
            if (prices != catalog.priceHistory.end() && !prices->second.empty()) {
                const PricePoint& last = prices->second.back();
                lines << provenanceLine(tr("%1 price %2").arg(text(a.platform.name), Wording::money(last.usd)),
                                        last.provenance);
            }
        }
    }
    lines << tr("Sizing constants: LocalRig's documented defaults, each with its source in the formulas above.");
    lines.removeAll(QString());
    lines.removeDuplicates();
    return lines;
}

QString ReportText::disclaimer()
{
    return tr("From the guide: specifications, availability, and pricing change frequently. Always verify current "
              "details directly with manufacturers and retailers before making purchasing decisions. Prices in this "
              "report are the catalog's as of its date.");
}

} // namespace localrig::ui
