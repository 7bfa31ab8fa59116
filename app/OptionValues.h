// SPDX-FileCopyrightText: 2026 LocalRig contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"

#include <QCommandLineParser>
#include <QString>

#include <optional>

// Turning option text into numbers: empty, text, NaN and infinity are refused here with the option's
// name; ranges are the core's business.
namespace localrig::app {

Result<double> parseNumber(const QString& text, const QString& option);
Result<long long> parseInteger(const QString& text, const QString& option);

// The option's value as a number if it was given, std::nullopt if not.
Result<std::optional<double>> optionalNumber(const QCommandLineParser& parser, const QString& option);
Result<std::optional<long long>> optionalInteger(const QCommandLineParser& parser, const QString& option);

// The option's value, or `fallback` when it was not given.
Result<double> numberOr(const QCommandLineParser& parser, const QString& option, double fallback);
Result<long long> integerOr(const QCommandLineParser& parser, const QString& option, long long fallback);

// The same, refused unless minimum <= value <= maximum: "--bpw must be from 0.5 to 64 (not 0)".
// `fallback` is returned unchecked when the option is absent.
Result<double> numberIn(const QCommandLineParser& parser, const QString& option, double fallback, double minimum,
                        double maximum);
Result<std::optional<double>> optionalNumberIn(const QCommandLineParser& parser, const QString& option, double minimum,
                                               double maximum);
Result<long long> integerIn(const QCommandLineParser& parser, const QString& option, long long fallback,
                            long long minimum, long long maximum);
// A token count: digits, or digits with a K (x 1024) or M (x 1048576) suffix, as the GUI writes them ("128K").
Result<long long> tokensIn(const QCommandLineParser& parser, const QString& option, long long fallback,
                           long long minimum, long long maximum);
// An error for a value that parsed but is out of range, in the same words.
Error outOfRange(const QCommandLineParser& parser, const QString& option, double minimum, double maximum);

// "--name: reason" for stderr: one line (control characters become spaces), at most 300 characters.
QString errorLine(const Error& error);

} // namespace localrig::app
