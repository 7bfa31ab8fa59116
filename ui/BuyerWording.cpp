// SPDX-FileCopyrightText: 2026 LocalRig contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "BuyerWording.h"

#include "Wording.h"

#include <QLocale>

#include <algorithm>

namespace localrig::ui {

namespace {

QString text(const std::string& value)
{
    return QString::fromStdString(value);
}

QString number(double value)
{
    return QLocale().toString(value, 'f', value < 10.0 ? 1 : 0);
}

QString contextShort(double tokens)
{
    const int value = static_cast<int>(tokens);
    return value >= 1024 && value % 1024 == 0 ? BuyerWording::tr("%1K").arg(QLocale().toString(value / 1024))
                                              : QLocale().toString(value);
}

} // namespace

QString BuyerWording::verdict(core::BuyerVerdict verdict)
{
    switch (verdict) {
    case core::BuyerVerdict::Great:
        return tr("Great");
    case core::BuyerVerdict::Good:
        return tr("Good");
    case core::BuyerVerdict::Slow:
        return tr("Slow");
    case core::BuyerVerdict::TooLarge:
        return tr("Too large");
    }
    return {};
}

QColor BuyerWording::verdictColor(core::BuyerVerdict verdict, bool darkPalette)
{
    // Colour repeats what the word says; it never says it alone.
    switch (verdict) {
    case core::BuyerVerdict::Great:
        return darkPalette ? QColor(0x4c, 0xaf, 0x50) : QColor(0x1b, 0x7a, 0x2e);
    case core::BuyerVerdict::Good:
        return darkPalette ? QColor(0x64, 0xb5, 0xf6) : QColor(0x15, 0x65, 0xc0);
    case core::BuyerVerdict::Slow:
        return darkPalette ? QColor(0xff, 0xb7, 0x4d) : QColor(0xa8, 0x5d, 0x00);
    case core::BuyerVerdict::TooLarge:
        return darkPalette ? QColor(0xef, 0x53, 0x50) : QColor(0xb7, 0x1c, 0x1c);
    }
    return {};
}

QString BuyerWording::rowReason(const core::PlatformAssessment& a)
{
    using core::ReasonCode;
    const core::Reason& r = a.verdictReason;
    switch (r.code) {
    case ReasonCode::OverBudget:
        return tr("over budget");
    case ReasonCode::VendorExcluded:
        return tr("not %1").arg(text(a.platform.vendor));
    case ReasonCode::NotPortable:
        return tr("not portable");
    case ReasonCode::NoPrice:
        return tr("no price");
    case ReasonCode::Discontinued:
        return tr("discontinued");
    case ReasonCode::ModelDoesNotFit:
        return tr("needs %1, %2 usable").arg(Wording::gigabytes(r.value), Wording::gigabytes(r.limit));
    case ReasonCode::SlowAtFullContext:
        return tr("under %1 tokens/s when %2 fills").arg(number(r.limit), contextShort(r.detail));
    case ReasonCode::SlowFirstToken:
    case ReasonCode::FirstTokenOverGreat:
        return tr("first token after %1").arg(seconds(r.value));
    case ReasonCode::ModelTight:
        return tr("tight: needs %1, %2 with headroom").arg(Wording::gigabytes(r.value), Wording::gigabytes(r.limit));
    case ReasonCode::ModelOffloads:
        return tr("%1 % of the weights in system RAM").arg(QLocale().toString((1.0 - r.value) * 100.0, 'f', 0));
    case ReasonCode::DecodeUnderGreat:
        return tr("%1 tokens/s at %2 deep").arg(number(r.value), contextShort(r.detail));
    case ReasonCode::FirstTokenUnknown:
        return tr("first-token time unknown");
    case ReasonCode::TrainingSpeedUnknown:
        return tr("training time unknown");
    case ReasonCode::TrainingOnCpu:
        return tr("CPU only: not sized for fine-tuning");
    case ReasonCode::MeetsAll:
        if (std::all_of(a.models.begin(), a.models.end(), [](const core::ModelOnPlatform& m) { return m.training; })) {
            return a.system.usd ? tr("fits for training, with headroom")
                                : tr("fits for training, with headroom; no price");
        }
        return a.system.usd ? tr("fast, with headroom") : tr("fast, with headroom; no price");
    default:
        return Wording::reason(r);
    }
}

std::optional<QString> BuyerWording::reason(const core::Reason& r)
{
    using core::ReasonCode;
    switch (r.code) {
    case ReasonCode::NeedsHostPc:
        return tr("A graphics card needs a desktop PC around it: %1 adds %2 to the card's %3.")
            .arg(text(r.subject), Wording::money(r.value), Wording::money(r.limit));
    case ReasonCode::HaveDesktopPc:
        return tr("Priced as the card alone (%1), since your desktop PC takes it.").arg(Wording::money(r.value));
    case ReasonCode::NoHostForCard:
        return tr("No host PC in the catalog has a power supply sized for this card's %1 W.")
            .arg(QLocale().toString(r.value, 'f', 0));
    case ReasonCode::SlowAtFullContext:
        return tr("%1 falls to about %2 when %3 fill the context, under the %4 minimum.")
            .arg(text(r.subject), Wording::tokensPerSecond(r.value), Wording::contextTokens(int(r.detail)),
                 Wording::tokensPerSecond(r.limit));
    case ReasonCode::SlowFirstToken:
        return tr("%1 reads a %2 prompt for about %3 before the first token, over %4.")
            .arg(text(r.subject), Wording::contextTokens(int(r.detail)), seconds(r.value), seconds(r.limit));
    case ReasonCode::FirstTokenOverGreat:
        return tr("%1 takes about %2 to the first token for a %3 prompt (Great needs %4 or less).")
            .arg(text(r.subject), seconds(r.value), Wording::contextTokens(int(r.detail)), seconds(r.limit));
    case ReasonCode::DecodeUnderGreat:
        return tr("%1 decodes at about %2 with %3 in the context (Great needs %4).")
            .arg(text(r.subject), Wording::tokensPerSecond(r.value), Wording::contextTokens(int(r.detail)),
                 Wording::tokensPerSecond(r.limit));
    case ReasonCode::FirstTokenUnknown:
        return tr("No published compute figure for this machine, so the first-token time of %1 is not estimated.")
            .arg(text(r.subject));
    case ReasonCode::TrainingSpeedUnknown:
        return tr("No published 16-bit compute figure for this machine, so the fine-tuning time of %1 is not "
                  "estimated.")
            .arg(text(r.subject));
    case ReasonCode::TrainingOnCpu:
        return tr("A CPU-only machine is not sized for fine-tuning %1: the training estimate assumes a GPU or "
                  "unified memory.")
            .arg(text(r.subject));
    case ReasonCode::PriceUnknown:
        return tr("The complete system's price is unknown, so it has no break-even and cannot be the answer.");
    case ReasonCode::OnlySlow:
        return tr("Only slow machines run this plan; the best of them is %1.").arg(text(r.subject));
    case ReasonCode::OnlySlowWithinConstraints:
        return tr("Within your budget and preferences only slow machines run this plan; the best of them is %1.")
            .arg(text(r.subject));
    case ReasonCode::OnlyUnpriced:
        return tr("Only machines without a known price run this plan well, such as %1.").arg(text(r.subject));
    case ReasonCode::CheaperButSlow:
        return tr("%1 costs less (%2) and has the memory, but is too slow for this plan; see its row.")
            .arg(text(r.subject), Wording::money(r.value));
    case ReasonCode::NoneWithinConstraints:
        return tr("No machine within your budget and preferences runs this plan well; the cheapest that does is %1 at "
                  "%2.")
            .arg(text(r.subject), Wording::money(r.value));
    default:
        return std::nullopt;
    }
}

QString BuyerWording::systemPrice(const core::PlatformAssessment& a, bool guideOnly)
{
    if (!a.system.usd) {
        return tr("no price");
    }
    const QString total
        = guideOnly ? tr("~%1 (guide)").arg(Wording::money(*a.system.usd)) : Wording::money(*a.system.usd);
    if (a.system.host && a.platform.priceUsd) {
        return tr("%1 with PC").arg(total);
    }
    if (a.system.cardOnly) {
        return tr("%1 card only").arg(total);
    }
    return total;
}

QString BuyerWording::breakEven(const core::PlatformAssessment& a)
{
    switch (a.breakEven) {
    case core::BreakEvenKind::Month:
        return Wording::month(a.breakEvenMonth);
    case core::BreakEvenKind::NotWithinHorizon:
        return tr("not within 10 years");
    case core::BreakEvenKind::Unknown:
        return tr("unknown (no price)");
    case core::BreakEvenKind::NotApplicable:
        return tr("—");
    }
    return {};
}

QString BuyerWording::speedRange(const core::ModelOnPlatform& m)
{
    if (m.fit.verdict == core::FitVerdict::WontFit) {
        return tr("—");
    }
    return tr("%1 → %2 tokens/s").arg(number(m.decodeStartTps.expected), number(m.decodeFullTps.expected));
}

QString BuyerWording::speedRangeNumbers(const core::ModelOnPlatform& m)
{
    if (m.fit.verdict == core::FitVerdict::WontFit) {
        return tr("—");
    }
    return tr("%1 → %2").arg(number(m.decodeStartTps.expected), number(m.decodeFullTps.expected));
}

QString BuyerWording::speedAsItFeels(const core::ModelOnPlatform& m)
{
    if (m.fit.verdict == core::FitVerdict::WontFit) {
        return tr("does not fit");
    }
    const QString context = contextShort(m.contextTokens);
    const QString fills = m.sessions > 1 ? tr("as %1 × %2 fill").arg(QLocale().toString(m.sessions), context)
                                         : tr("as %1 fills").arg(context);
    return tr("%1 %2").arg(speedRange(m), fills);
}

QString BuyerWording::firstToken(const core::ModelOnPlatform& m)
{
    if (m.fit.verdict == core::FitVerdict::WontFit || !m.speed.timeToFirstTokenSeconds) {
        return tr("—");
    }
    return seconds(m.speed.timeToFirstTokenSeconds->expected);
}

const core::ModelOnPlatform* BuyerWording::limitingModel(const core::PlatformAssessment& a)
{
    const core::ModelOnPlatform* slowest = nullptr;
    for (const core::ModelOnPlatform& m : a.models) {
        if (m.fit.verdict == core::FitVerdict::WontFit) {
            return &m; // a workload that does not fit limits the machine most
        }
        if (m.training) {
            continue; // a fine-tuning run has no reading speed (TrainingWording says its epoch time)
        }
        if (!slowest || m.decodeFullTps.expected < slowest->decodeFullTps.expected) {
            slowest = &m;
        }
    }
    return slowest;
}

QString BuyerWording::seconds(double value)
{
    if (value >= 120.0) {
        return tr("%1 min").arg(QLocale().toString(value / 60.0, 'f', 1));
    }
    return tr("%1 s").arg(QLocale().toString(value, 'f', value < 10.0 ? 1 : 0));
}

QString BuyerWording::thresholdsText()
{
    const core::VerdictThresholds lines;
    const QString great
        = tr("<b>Great</b>: fits under the headroom line, decodes at %1 or more with half the context filled "
             "(twice a fast reader's %2) and shows the first token within %3 (the limit of keeping attention, "
             "Nielsen).")
              .arg(Wording::tokensPerSecond(lines.greatDecodeTps()), Wording::tokensPerSecond(lines.readingTps),
                   seconds(lines.greatFirstTokenSeconds));
    const QString good = tr("<b>Good</b>: fits, and stays at or above %1 when every session's context is full.")
                             .arg(Wording::tokensPerSecond(lines.minDecodeTps));
    const QString slow = tr("<b>Slow</b>: fits, but falls under %1 when the context fills, or takes over %2 to the "
                            "first token.")
                             .arg(Wording::tokensPerSecond(lines.minDecodeTps), seconds(lines.slowFirstTokenSeconds));
    const QString large = tr("<b>Too large</b>: does not fit under the headroom line (on a Mac, the memory the GPU "
                             "may use without changing system settings).");
    return QStringList{great, good, slow, large}.join(QStringLiteral("<br>"));
}

} // namespace localrig::ui
