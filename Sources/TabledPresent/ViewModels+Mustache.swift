import Mustache

// Mustache looks a name up on every tag; by default through Mirror, which builds a
// reflection of the whole value each time. These lookups go straight to the field, and
// hand a nested view on as a `MustacheView`, so that Mustache meets one type, not a dozen.
// ViewModelLookupTests checks each one against Mirror, so a field added to a view but
// not here fails a test.

extension ReportView: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "title": self.title
        case "label": self.label
        case "council": self.council
        case "logo": self.logo
        case "meeting": self.meeting.map(MustacheView.init)
        case "from": self.from
        case "facts": self.facts.map(MustacheView.init)
        case "hasFacts": self.hasFacts
        case "exempt": self.exempt.map(MustacheView.init)
        case "summary": self.summary.map(MustacheView.init)
        case "recommendations": self.recommendations.map(MustacheView.init)
        case "finalRecommendations": self.finalRecommendations.map(MustacheView.init)
        case "sections": self.sections.map(MustacheView.init)
        case "implications": self.implications.map(MustacheView.init)
        case "signed": self.signed.map(MustacheView.init)
        case "backgroundPapers": self.backgroundPapers.map(MustacheView.init)
        case "contacts": self.contacts.map(MustacheView.init)
        case "hasContacts": self.hasContacts
        case "appendices": self.appendices.map(MustacheView.init)
        case "hasAppendices": self.hasAppendices
        case "published": self.published
        case "blocks": MustacheView(self.blocks)
        default: nil
        }
    }
}

extension ReportBlocks: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "label": self.label
        case "logo": self.logo
        case "masthead": self.masthead
        case "facts": self.facts
        case "exemptNotice": self.exemptNotice
        case "signature": self.signature
        case "backgroundPapers": self.backgroundPapers
        case "contacts": self.contacts
        case "appendices": self.appendices
        default: nil
        }
    }
}

extension AgendaBlocks: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "masthead": self.masthead
        case "contents": self.contents
        case "webcast": self.webcast
        case "notes": self.notes
        case "partOne": self.partOne
        default: nil
        }
    }
}

extension MeetingView: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "body": self.body
        case "date": self.date
        case "weekday": self.weekday
        case "item": self.item
        case "reference": self.reference
        default: nil
        }
    }
}

extension FactView: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "name": self.name
        case "value": self.value
        default: nil
        }
    }
}

extension ExemptView: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "paragraphs": self.paragraphs
        case "noun": self.noun
        case "reason": self.reason
        default: nil
        }
    }
}

extension SectionView: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "number": self.number
        case "anchor": self.anchor
        case "title": self.title
        case "heading": self.heading
        case "paragraphs": self.paragraphs.map(MustacheView.init)
        default: nil
        }
    }
}

extension ParagraphView: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "number": self.number
        case "anchor": self.anchor
        case "block": self.block
        default: nil
        }
    }
}

extension RecommendationsView: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "number": self.number
        case "anchor": self.anchor
        case "title": self.title
        case "heading": self.heading
        case "lead": self.lead
        case "items": self.items.map(MustacheView.init)
        default: nil
        }
    }
}

extension SignatoryView: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "name": self.name
        case "role": self.role
        default: nil
        }
    }
}

extension BackgroundPapersView: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "items": self.items
        case "none": self.none
        default: nil
        }
    }
}

extension ContactView: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "name": self.name
        case "role": self.role
        case "phone": self.phone
        case "email": self.email
        default: nil
        }
    }
}

extension AppendixView: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "number": self.number
        case "anchor": self.anchor
        case "title": self.title
        case "file": self.file
        case "exempt": self.exempt
        default: nil
        }
    }
}

extension AgendaView: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "council": self.council
        case "body": self.body
        case "date": self.date
        case "time": self.time
        case "venue": self.venue
        case "published": self.published
        case "members": self.members.map(MustacheView.init)
        case "hasMembers": self.hasMembers
        case "substitutes": self.substitutes.map(MustacheView.init)
        case "hasSubstitutes": self.hasSubstitutes
        case "quorum": self.quorum
        case "contact": self.contact.map(MustacheView.init)
        case "partOne": self.partOne.map(MustacheView.init)
        case "partTwo": self.partTwo.map(MustacheView.init)
        case "hasPartTwo": self.hasPartTwo
        case "blocks": MustacheView(self.blocks)
        default: nil
        }
    }
}

extension MemberView: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "name": self.name
        case "role": self.role
        case "party": self.party
        case "substitute": self.substitute
        default: nil
        }
    }
}

extension AgendaItemView: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "number": self.number
        case "anchor": self.anchor
        case "title": self.title
        case "text": self.text
        case "from": self.from
        case "exempt": self.exempt
        case "link": self.link
        case "block": self.block
        default: nil
        }
    }
}
