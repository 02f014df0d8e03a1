#pragma once

#include <QHash>
#include <QStringList>
#include <QWidget>

class QLineEdit;
class QPushButton;
class QVBoxLayout;

namespace bearings::ui {

class WrapLabel;

// "Fill in the blanks": one field for every distinct [Placeholder] in the
// message. A value shows at once in the preview and wherever the blank
// appears; "Fill in" (or Enter in a field) writes the values into the message
// itself, as one step that Undo takes back.
class PlaceholderPanel final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PlaceholderPanel)

public:
    explicit PlaceholderPanel(QWidget *parent = nullptr);

    // One field per name, in this order. Fields of names that stay are kept
    // (with their focus); values fill fields that are new.
    void setPlaceholders(const QStringList &names, const QHash<QString, QString> &values);
    QStringList names() const { return m_names; }
    // The text of every field, by name.
    QHash<QString, QString> values() const;
    QLineEdit *field(const QString &name) const { return m_fields.value(name); }
    QPushButton *fillButton() const { return m_fill; }

Q_SIGNALS:
    void valuesChanged();
    void fillRequested();

private:
    void updateState();

    QStringList m_names;
    QHash<QString, QLineEdit *> m_fields;
    QHash<QString, QWidget *> m_rowWidgets;
    WrapLabel *m_hint;
    QVBoxLayout *m_rows;
    QPushButton *m_fill;
};

} // namespace bearings::ui
