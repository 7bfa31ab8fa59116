// SPDX-FileCopyrightText: 2026 LocalRig contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Fit.h"
#include "core/GuideLints.h"
#include "core/Recommender.h"
#include "core/Result.h"
#include "core/SpeedEstimate.h"
#include "core/VerdictChanges.h"

#include <QColor>
#include <QCoreApplication>
#include <QString>

namespace localrig::ui {

// Every sentence the core's codes turn into, worded through tr() and formatted by QLocale.
class Wording
{
    Q_DECLARE_TR_FUNCTIONS(Wording)

public:
    static QString verdict(core::FitVerdict verdict);
    static QColor verdictColor(core::FitVerdict verdict, bool darkPalette);
    // A tier's verdict from the catalog ("Best value"), translated when it is one of the guide's four.
    static QString tierVerdict(const std::string& catalogText);
    static QString tierName(const core::TierSpec& tier);
    static QString reason(const core::Reason& reason);
    static QString lint(const core::Lint& lint);
    static QString change(const core::VerdictChange& change);
    static QString error(const Error& error);

    // Sizes: binary GB, as RAM is sold ("48 GB" = 48 GiB), one decimal.
    static QString gigabytes(double bytes);
    static QString tokensPerSecond(double value);
    static QString speedBand(const core::SpeedBand& band);
    // Money in the display currency: USD times the rate the user entered (LocalRig never invents rates).
    static QString money(double usd, int decimals = 0);
    static void setCurrency(const QString& code, double unitsPerUsd);
    static QString month(std::optional<int> month);
    static QString contextTokens(int tokens);
};

} // namespace localrig::ui
