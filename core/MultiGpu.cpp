// SPDX-FileCopyrightText: 2026 LocalRig contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "MultiGpu.h"

#include "Calibration.h"
#include "Fit.h"
#include "Units.h"

#include <algorithm>
#include <cmath>
#include <numeric>

namespace localrig::core {

namespace {

std::string joined(const std::vector<Platform>& cards, std::string Platform::*field, const std::string& separator)
{
    std::string text;
    for (const Platform& card : cards) {
        if (!(card.*field).empty()) {
            text += (text.empty() ? "" : separator) + card.*field;
        }
    }
    return text;
}

// "2× RTX 3090 24 GB" for identical cards, "RTX 5090 32 GB + RTX 3090 24 GB" for a mix: never one card's name
// alone, which would read as a single card.
std::string cardsShortName(const std::vector<Platform>& cards)
{
    const bool identical
        = std::all_of(cards.begin(), cards.end(), [&](const Platform& card) { return card.id == cards.front().id; });
    if (identical) {
        return std::to_string(cards.size()) + "\u00d7 " + cards.front().displayShortName();
    }
    // "RTX 5090 32 GB" + "RTX 3090 24 GB" -> "RTX 5090 + RTX 3090 56 GB": the pooled memory once.
    std::string joined;
    double vram = 0.0;
    for (const Platform& card : cards) {
        std::string name = card.displayShortName();
        if (const auto gb = name.rfind(" GB"); gb != std::string::npos && gb + 3 == name.size()) {
            const auto number = name.rfind(' ', gb - 1);
            name.erase(number == std::string::npos ? gb : number);
        }
        joined += (joined.empty() ? "" : " + ") + name;
        vram += card.vramGiB;
    }
    return joined + " " + std::to_string(static_cast<int>(std::lround(vram))) + " GB";
}

} // namespace

Result<Platform> combineCards(const std::string& id, const std::string& name, const std::vector<Platform>& cards)
{
    if (cards.size() < 2) {
        return makeError(ErrorCode::InvalidInput, "a multi-GPU build needs at least two cards");
    }
    Platform build = cards.front();
    build.id = id;
    build.name = name;
    build.shortName = cardsShortName(cards);
    build.cards.clear();
    double vram = 0.0;
    double secondsPerByteShare = 0.0;
    double flopsShare = 0.0;
    bool allFlops = true;
    bool allPriced = true;
    double price = 0.0;
    double watts = 0.0;
    double idle = 0.0;
    bool used = false;
    bool unbuyable = false;
    for (const Platform& card : cards) {
        BOOST_OUTCOME_TRYV(validated(card));
        if (card.memoryKind != MemoryKind::Discrete || card.backend != build.backend) {
            return makeError(ErrorCode::InvalidInput,
                             "a multi-GPU build takes discrete cards of one backend: " + card.name + " is not one");
        }
        build.cards.push_back(GpuCard{card.id, card.name, card.vramGiB, card.bandwidthGBs});
        vram += card.vramGiB;
        // Layer split: a card with share v/V of the layers reads that share of the bytes at its bandwidth, in turn.
        secondsPerByteShare += card.vramGiB / card.bandwidthGBs;
        if (card.fp16Tflops) {
            flopsShare += card.vramGiB / *card.fp16Tflops;
        }
        allFlops = allFlops && card.fp16Tflops.has_value();
        allPriced = allPriced && card.priceUsd.has_value();
        price += card.priceUsd.value_or(0.0);
        watts += card.loadWatts; // board power of all cards: the host's power supply is sized for the sum
        idle += card.idleWatts;
        used = used || card.priceKind == "used";
        unbuyable = unbuyable || (card.discontinued && card.priceKind != "used");
    }
    build.vramGiB = vram;
    // Sequential layers: t = sum_i (v_i / V) x B / BW_i, so the build reads B at V / sum_i (v_i / BW_i).
    build.bandwidthGBs = vram / secondsPerByteShare;
    build.fp16Tflops = allFlops ? std::optional<double>(vram / flopsShare) : std::nullopt;
    build.priceUsd = allPriced ? std::optional<double>(price) : std::nullopt;
    build.priceSource = joined(cards, &Platform::priceSource, " + ");
    build.priceDate = std::min_element(cards.begin(), cards.end(), [](const Platform& a, const Platform& b) {
                          return a.priceDate < b.priceDate;
                      })->priceDate; // the oldest card price dates the sum
    build.priceKind = used ? "used" : cards.front().priceKind;
    build.discontinued = unbuyable;
    build.loadWatts = watts;
    build.idleWatts = idle;
    build.portable = false;
    return build;
}

std::vector<int> layersPerCard(const std::vector<GpuCard>& cards, int layers)
{
    std::vector<int> counts(cards.size(), 0);
    const double total = std::accumulate(cards.begin(), cards.end(), 0.0,
                                         [](double sum, const GpuCard& card) { return sum + card.vramGiB; });
    if (cards.empty() || total <= 0.0) {
        return counts;
    }
    std::vector<double> cumulative;
    double running = 0.0;
    for (const GpuCard& card : cards) {
        running += card.vramGiB / total;
        cumulative.push_back(running);
    }
    for (int layer = 0; layer < layers; ++layer) {
        // llama.cpp: device = upper_bound(splits, layer / n_layer) (llama-model.cpp, load_tensors).
        const double position = static_cast<double>(layer) / layers;
        const auto it = std::upper_bound(cumulative.begin(), cumulative.end(), position);
        const auto index = std::min<std::ptrdiff_t>(it - cumulative.begin(), std::ssize(cards) - 1);
        ++counts[static_cast<std::size_t>(index)];
    }
    return counts;
}

Result<std::vector<CardShare>> layerSplit(const MemoryBreakdown& memory, const ModelSpec& model, const Platform& build)
{
    if (build.cards.size() < 2) {
        return makeError(ErrorCode::InvalidInput, build.name + " is not a multi-GPU build");
    }
    const int layers = layerCount(model);
    const std::vector<int> counts = layersPerCard(build.cards, layers);
    std::vector<CardShare> shares;
    for (std::size_t i = 0; i < build.cards.size(); ++i) {
        const GpuCard& card = build.cards[i];
        const double share = static_cast<double>(counts[i]) / layers;
        CardShare out;
        out.name = card.name;
        out.layers = counts[i];
        // Repeating layers carry the weights and the cache evenly (the embeddings and output head are left out).
        out.weightsBytes = memory.weightsBytes * share;
        out.kvCacheBytes = (memory.kvCacheBytes + memory.fixedStateBytes) * share;
        out.overheadBytes = memory.overheadBytes; // each card: its own runtime context and compute buffer
        out.totalBytes = out.weightsBytes + out.kvCacheBytes + out.overheadBytes;
        out.vramBytes = gibToBytes(card.vramGiB);
        out.readSeconds = (out.weightsBytes + out.kvCacheBytes) / gbToBytes(card.bandwidthGBs);
        shares.push_back(out);
    }
    return shares;
}

double tensorParallelSpeedup(const std::vector<GpuCard>& cards)
{
    // Tensor parallelism splits every matrix evenly, so it needs cards of one size and speed.
    const auto differs = [&](const GpuCard& c) {
        return c.vramGiB != cards.front().vramGiB || c.bandwidthGBs != cards.front().bandwidthGBs;
    };
    if (cards.size() < 2 || std::any_of(cards.begin(), cards.end(), differs)) {
        return 1.0;
    }
    // vLLM issue 6955 against llama.cpp layer split (see the header): 2 cards 30 / 17.9, 4 cards 46 / 17.9.
    constexpr double kLayerSplitTps = 16.6 * 1008.0 / 936.0;
    constexpr double kTwoCards = 30.0 / kLayerSplitTps;
    constexpr double kFourCards = 46.0 / kLayerSplitTps;
    const double n = static_cast<double>(std::min<std::size_t>(cards.size(), 4));
    return kTwoCards + (kFourCards - kTwoCards) * (n - 2.0) / 2.0;
}

MemoryBreakdown withPerCardOverhead(const MemoryBreakdown& memory, int cards)
{
    MemoryBreakdown all = memory;
    all.overheadBytes = memory.overheadBytes * std::max(1, cards);
    all.totalBytes = all.weightsBytes + all.kvCacheBytes + all.fixedStateBytes + all.overheadBytes + all.companionBytes;
    return all;
}

Platform withPerCardMargins(const Platform& build, const SizingConstants& constants)
{
    Platform view = build;
    // gpuUsableBytes takes one margin off the total VRAM; the other cards keep theirs too.
    view.vramGiB
        = std::max(0.0, build.vramGiB - (build.gpuCount() - 1) * constants.discreteSafetyMarginBytes / kBytesPerGiB);
    return view;
}

} // namespace localrig::core
