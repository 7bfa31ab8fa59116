// SPDX-FileCopyrightText: 2026 LocalRig contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "Calibration.h"
#include "Statistics.h"

#include <cmath>
#include <limits>

// Prefill fitting (issue 16): the compute time of a prompt token on the matrix units, the attention at the row's
// depth weighted by a fitted factor, and optionally the weights read once per micro-batch.
namespace localrig::core {

namespace {

constexpr int kPasses = 30;

std::size_t familyIndex(BackendFamily family)
{
    return static_cast<std::size_t>(family);
}

// Backfitting with medians for fixed attention factor and streaming; empty when a row leaves no compute time.
std::optional<PrefillModel> fitWith(const std::vector<PrefillSample>& samples, double shrinkRows,
                                    double attentionFactor, bool streamWeights)
{
    PrefillModel model;
    model.attentionFactor = attentionFactor;
    model.streamWeights = streamWeights;
    std::vector<double> y;
    for (const PrefillSample& s : samples) {
        const double compute = 1.0 / s.measuredTps - (streamWeights ? s.streamSeconds : 0.0);
        if (compute <= 0.0) {
            return std::nullopt;
        }
        // Achieved share of peak: FLOPs per token / (FLOPS x compute time) (kipply; sizing-constants.md section 7).
        const double flops = s.flopsPerToken + (attentionFactor - 1.0) * s.attentionFlops;
        y.push_back(std::log(flops / (s.flops * compute)));
        ++model.rows[familyIndex(s.family)];
        model.moeRows += s.moe ? 1 : 0;
    }
    model.totalRows = static_cast<int>(samples.size());
    for (int pass = 0; pass < kPasses && !samples.empty(); ++pass) {
        std::vector<double> all;
        std::array<std::vector<double>, kBackendFamilyCount> byFamily;
        for (std::size_t i = 0; i < samples.size(); ++i) {
            const double dense = y[i] - (samples[i].moe ? model.logMoe : 0.0);
            all.push_back(dense);
            byFamily[familyIndex(samples[i].family)].push_back(dense);
        }
        model.logGlobal = median(all);
        for (std::size_t f = 0; f < kBackendFamilyCount; ++f) {
            const auto n = static_cast<double>(byFamily[f].size());
            // Shrink the family's median toward the global one: weight n / (n + shrinkRows).
            model.logEfficiency[f] = byFamily[f].empty()
                ? model.logGlobal
                : model.logGlobal + n / (n + shrinkRows) * (median(byFamily[f]) - model.logGlobal);
        }
        std::vector<double> moe;
        for (std::size_t i = 0; i < samples.size(); ++i) {
            if (samples[i].moe) {
                moe.push_back(y[i] - model.logEfficiency[familyIndex(samples[i].family)]);
            }
        }
        const auto n = static_cast<double>(moe.size());
        model.logMoe = moe.empty() ? 0.0 : n / (n + shrinkRows) * median(moe);
    }
    return model;
}

} // namespace

double prefillSecondsPerToken(double efficiency, double attentionFactor, const PrefillSample& sample,
                              bool streamWeights)
{
    // t = (2 x active + a x attention) / (eta_p x FLOPS) + weights / (ubatch x bandwidth) (kipply; issue 16)
    const double flops = sample.flopsPerToken + (attentionFactor - 1.0) * sample.attentionFlops;
    return flops / (efficiency * sample.flops) + (streamWeights ? sample.streamSeconds : 0.0);
}

PrefillModel fitPrefill(const std::vector<PrefillSample>& samples, double shrinkRows,
                        const std::vector<double>& attentionFactors)
{
    PrefillModel best;
    double bestLoss = std::numeric_limits<double>::infinity();
    for (bool stream : {false, true}) {
        for (double factor : attentionFactors) {
            const std::optional<PrefillModel> model = fitWith(samples, shrinkRows, factor, stream);
            if (!model) {
                continue;
            }
            double loss = 0.0; // sum of |log(measured / predicted)|: the median fit's own criterion
            for (const PrefillSample& s : samples) {
                loss += std::abs(std::log(
                    s.measuredTps * prefillSecondsPerToken(model->efficiency(s.family, s.moe), factor, s, stream)));
            }
            if (loss < bestLoss) {
                bestLoss = loss;
                best = *model;
            }
        }
    }
    return best;
}

double PrefillModel::efficiency(BackendFamily family, bool moe) const
{
    return std::exp(logEfficiency[familyIndex(family)] + (moe ? logMoe : 0.0));
}

std::optional<double> predictPrefillTps(const PrefillModel& model, const PrefillSample& sample)
{
    if (model.totalRows == 0) {
        return std::nullopt;
    }
    return 1.0
        / prefillSecondsPerToken(model.efficiency(sample.family, sample.moe), model.attentionFactor, sample,
                                 model.streamWeights);
}

} // namespace localrig::core
