// SPDX-FileCopyrightText: 2026 LocalRig contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "PriceAge.h"

#include <QStringList>

namespace localrig::db {

std::optional<QDate> effectiveDate(const QString& catalogDate)
{
    const QString text = catalogDate.section(QLatin1Char('/'), -1).trimmed();
    const QStringList parts = text.split(QLatin1Char('-'));
    bool okYear = false;
    const int year = parts.value(0).toInt(&okYear);
    if (!okYear || parts.value(0).size() != 4 || parts.size() > 3) {
        return std::nullopt;
    }
    if (parts.size() == 1) {
        return QDate(year, 12, 31);
    }
    bool okMonth = false;
    const int month = parts.at(1).toInt(&okMonth);
    if (!okMonth || month < 1 || month > 12) {
        return std::nullopt;
    }
    if (parts.size() == 2) {
        const QDate first(year, month, 1);
        return QDate(year, month, first.daysInMonth());
    }
    bool okDay = false;
    const QDate day(year, month, parts.at(2).toInt(&okDay));
    return okDay && day.isValid() ? std::optional<QDate>(day) : std::nullopt;
}

std::optional<int> ageInMonths(const QString& catalogDate, const QDate& today)
{
    const std::optional<QDate> date = effectiveDate(catalogDate);
    if (!date) {
        return std::nullopt;
    }
    if (*date >= today) {
        return 0;
    }
    int months = (today.year() - date->year()) * 12 + (today.month() - date->month());
    if (today.day() < date->day() && date->addMonths(months) > today) {
        --months;
    }
    return months;
}

bool isStale(const QString& catalogDate, const QDate& today, int months)
{
    const std::optional<QDate> date = effectiveDate(catalogDate);
    return date && date->addMonths(months) < today;
}

} // namespace localrig::db
