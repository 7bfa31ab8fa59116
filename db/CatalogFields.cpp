// SPDX-FileCopyrightText: 2026 LocalRig contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// One cell of a catalog CSV checked against its FieldSpec and converted to what the SQL column stores
// (CatalogSchema.h); the table specs themselves live in CatalogSchema.cpp.
#include "CatalogSchema.h"
#include "CatalogTypes.h"

#include <QRegularExpression>

#include <cmath>

namespace localrig::db {

namespace {

bool isValidDate(const QString& text)
{
    static const QRegularExpression pattern(
        QStringLiteral("^(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?(?:/(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?)?$"));
    const QRegularExpressionMatch match = pattern.match(text);
    if (!match.hasMatch()) {
        return false;
    }
    for (int month : {2, 5}) {
        const QString m = match.captured(month);
        if (!m.isEmpty() && (m.toInt() < 1 || m.toInt() > 12)) {
            return false;
        }
    }
    for (int day : {3, 6}) {
        const QString d = match.captured(day);
        if (!d.isEmpty() && (d.toInt() < 1 || d.toInt() > 31)) {
            return false;
        }
    }
    const int year = match.captured(1).toInt();
    return year >= 1970 && year <= 2100;
}

Result<double> parseNumber(const QString& text, const FieldSpec& field)
{
    bool ok = false;
    const double value = text.toDouble(&ok); // '.' decimal whatever the locale
    if (!ok || !std::isfinite(value)) {
        return makeError(ErrorCode::InvalidInput, "'" + text.toStdString() + "' is not a number");
    }
    if (value < field.min || value > field.max) {
        return makeError(ErrorCode::OutOfRange,
                         QStringLiteral("%1 is outside %2 to %3")
                             .arg(text)
                             .arg(field.min, 0, 'g', 12)
                             .arg(field.max, 0, 'g', 12)
                             .toStdString());
    }
    return value;
}

} // namespace

Result<QVariant> convertField(const FieldSpec& field, const QString& raw)
{
    const QString text = raw.trimmed();
    if (text.isEmpty()) {
        if (field.required) {
            return makeError(ErrorCode::InvalidInput, "is required but empty");
        }
        switch (field.kind) {
        case FieldKind::Real:
        case FieldKind::Integer:
            return field.zeroWhenEmpty ? QVariant(0) : QVariant();
        case FieldKind::Bool:
            return QVariant(0);
        case FieldKind::Confirmation:
            return QVariant(confirmationName(Confirmation::Unconfirmed));
        default:
            return QVariant(QString());
        }
    }
    switch (field.kind) {
    case FieldKind::Text:
        return QVariant(text);
    case FieldKind::Id: {
        static const QRegularExpression pattern(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9_.+-]*$"));
        if (!pattern.match(text).hasMatch() || text.size() > 200) {
            return makeError(ErrorCode::InvalidInput,
                             "'" + text.toStdString() + "' is not an id (letters, digits, _ - . +)");
        }
        return QVariant(text);
    }
    case FieldKind::Real: {
        BOOST_OUTCOME_TRY(value, parseNumber(text, field));
        return QVariant(value);
    }
    case FieldKind::Integer: {
        BOOST_OUTCOME_TRY(value, parseNumber(text, field));
        if (value != std::floor(value)) {
            return makeError(ErrorCode::InvalidInput, "'" + text.toStdString() + "' is not a whole number");
        }
        return QVariant(static_cast<qlonglong>(value));
    }
    case FieldKind::Bool: {
        const QString lower = text.toLower();
        if (lower == QLatin1String("1") || lower == QLatin1String("true") || lower == QLatin1String("yes")) {
            return QVariant(1);
        }
        if (lower == QLatin1String("0") || lower == QLatin1String("false") || lower == QLatin1String("no")) {
            return QVariant(0);
        }
        return makeError(ErrorCode::InvalidInput, "'" + text.toStdString() + "' is not one of 1, 0, yes, no");
    }
    case FieldKind::Date:
        if (!isValidDate(text)) {
            return makeError(ErrorCode::InvalidInput,
                             "'" + text.toStdString() + "' is not a date (YYYY-MM-DD, YYYY-MM or YYYY)");
        }
        return QVariant(text);
    case FieldKind::Confirmation: {
        const auto confirmation = parseConfirmation(text);
        if (!confirmation) {
            return makeError(ErrorCode::InvalidInput,
                             "'" + text.toStdString() + "' is not one of yes, derived, guide-only, no");
        }
        return QVariant(confirmationName(*confirmation));
    }
    case FieldKind::Enum: {
        const std::string reason = field.choices(text.toStdString());
        if (!reason.empty()) {
            return makeError(ErrorCode::InvalidInput, reason);
        }
        return QVariant(text);
    }
    }
    return makeError(ErrorCode::InvalidInput, "unknown field kind");
}

} // namespace localrig::db
