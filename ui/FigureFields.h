// SPDX-FileCopyrightText: 2026 LocalRig contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLocale>
#include <QObject>

#include <optional>
#include <vector>

class QDoubleValidator;
class QFormLayout;
class QLineEdit;
class QWidget;

namespace localrig::ui {

// The figures of an editor form (memory, bandwidth, price…): each a text field with a range and a count
// of decimals, kept as typed and checked when asked, so a refused key never silently changes a figure.
// problem() names the first field that is not acceptable and says why.
class FigureFields final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FigureFields)

public:
    // Rows go into `form`; the fields are children of `parent`.
    FigureFields(QFormLayout* form, QWidget* parent);

    // `field` names the figure in messages; an optional figure may stay empty.
    QLineEdit* add(const QString& label, const QString& field, const QString& objectName, double minimum,
                   double maximum, int decimals, bool optional);
    QString text(std::optional<double> value) const;
    std::optional<double> value(const QLineEdit* edit) const;
    // What is wrong with the first enabled field; empty when every one is acceptable.
    QString problem() const;

signals:
    void edited();

private:
    struct Field
    {
        QLineEdit* edit = nullptr;
        const QDoubleValidator* validator = nullptr; // range and decimals, checked on demand, never on keys
        QString name; // the field's name in messages
        double minimum = 0.0;
        double maximum = 0.0;
        bool optional = false;
    };

    QString problem(const Field& field) const;

    QFormLayout* m_form = nullptr;
    QWidget* m_parent = nullptr;
    QLocale m_locale;
    std::vector<Field> m_fields;
};

} // namespace localrig::ui
