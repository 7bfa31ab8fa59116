// SPDX-FileCopyrightText: 2026 LocalRig contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ChartStyle.h"
#include "core/Recommender.h"

#include <QCoreApplication>

#include <memory>
#include <vector>

class QChart;

namespace localrig::ui {

// Average silent reading of English non-fiction is about 238 words per minute (Brysbaert 2019, "How many
// words do we read per minute? A review and meta-analysis of reading rate", J. Memory and Language 109);
// at about 0.75 words per token (OpenAI's tokenizer rule of thumb) that is 238 / 60 / 0.75 ≈ 5.3 tokens/s.
// A reply decoding faster than this is never waited on while reading.
inline constexpr double kReadingWordsPerMinute = 238.0;
inline constexpr double kWordsPerToken = 0.75;
inline constexpr double kComfortableReadingTokensPerSecond = kReadingWordsPerMinute / 60.0 / kWordsPerToken;

// Decode tokens/s per model (one bar set each) per machine (categories), the expected value as the bar and
// the core's low–high band as an error bar, with the comfortable reading speed as a labelled line.
class DecodeSpeedChart
{
    Q_DECLARE_TR_FUNCTIONS(DecodeSpeedChart)

public:
    static std::unique_ptr<QChart> build(const std::vector<core::PlatformAssessment>& machines,
                                         const std::vector<core::ModelNeed>& models, const ChartStyle& style);
    static QString bandSeriesName() { return QStringLiteral("speedBand"); }
    static QString readingSeriesName() { return QStringLiteral("readingSpeedLine"); }
    // The verdicts' minimum (core::VerdictThresholds::minDecodeTps): under it a machine is "Slow".
    static QString minimumSeriesName() { return QStringLiteral("minimumSpeedLine"); }
    // Bar width of the series, as a share of a category; the band's x positions depend on it.
    static constexpr double kBarWidth = 0.8;
    // Centre of bar `set` (of `sets`) in category `category`, as Qt Charts lays out a QBarSeries.
    static double barCentre(int category, int set, int sets);
};

} // namespace localrig::ui
