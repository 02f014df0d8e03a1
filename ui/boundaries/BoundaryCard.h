#pragma once

#include "boundaries/Boundary.h"

#include <QList>
#include <QWidget>

class QCheckBox;
class QDateTimeEdit;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;

namespace bearings::ui {

class Card;
class SessionContext;
class WrapLabel;

// One boundary: what it says, how often the person followed through, how
// long since it was last crossed, and its crossings. "It was crossed…" opens a
// small inline form; deleting the boundary asks in place. The page updates
// the card in place with setData() after every change, so focus and open
// forms survive.
class BoundaryCard final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BoundaryCard)

public:
    explicit BoundaryCard(SessionContext &context, QWidget *parent = nullptr);

    void setData(const bearings::Boundary &boundary, const QList<bearings::Breach> &breaches, const QDate &today);
    const Boundary &boundary() const { return m_boundary; }
    const QList<Breach> &breaches() const { return m_breaches; }

    // The sentences shown under a boundary; plain singular/plural strings.
    static QString followThroughText(const QList<Breach> &breaches);
    static QString sinceLastText(const QList<Breach> &breaches, const QDate &today);
    static QString crossingCountText(qsizetype count);

public Q_SLOTS:
    void openCrossingForm();
    void saveCrossing();
    void closeCrossingForm();
    void askToDelete();
    void cancelDelete();

Q_SIGNALS:
    void editRequested(const bearings::Boundary &boundary);
    // The person confirmed deleting the boundary.
    void deleteConfirmed(qint64 id);
    // A crossing was deleted (for the page's undo).
    void breachRemoved(const bearings::Breach &breach);
    void failed(const QString &message);

private:
    void setActive(bool active);
    void removeSelectedCrossing();
    void fillCrossings();
    void updateNames();

    SessionContext &m_context;
    Boundary m_boundary;
    QList<Breach> m_breaches;

    Card *m_card;
    QLabel *m_status;
    WrapLabel *m_behaviour;
    WrapLabel *m_limit;
    WrapLabel *m_consequence;
    QLabel *m_followThrough;
    QLabel *m_sinceLast;
    QLabel *m_count;
    QPushButton *m_logCrossing;
    QPushButton *m_edit;
    QPushButton *m_retire;
    QPushButton *m_restore;
    QPushButton *m_delete;

    QWidget *m_confirm;
    WrapLabel *m_confirmText;
    QPushButton *m_confirmDelete;
    QPushButton *m_keep;

    QWidget *m_crossingForm;
    QDateTimeEdit *m_when;
    QLineEdit *m_what;
    QCheckBox *m_followed;
    WrapLabel *m_crossingProblem;
    QPushButton *m_saveCrossing;
    QPushButton *m_cancelCrossing;

    QPushButton *m_showCrossings;
    QWidget *m_history;
    QListWidget *m_crossingList;
    QPushButton *m_deleteCrossing;
};

} // namespace bearings::ui
