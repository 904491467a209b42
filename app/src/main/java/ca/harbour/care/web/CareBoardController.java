package ca.harbour.care.web;

import ca.harbour.care.internal.CareBoardActions;
import ca.harbour.care.internal.CareNotes;
import ca.harbour.care.internal.TeamBoard;
import ca.harbour.care.internal.YouthFile;
import ca.harbour.care.internal.YouthStatus;
import ca.harbour.identity.CurrentStaff;
import ca.harbour.identity.StaffPrincipal;
import ca.harbour.platform.web.NotFoundException;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** The team board ({@code /care}) and a youth's page, for the team's members. */
@Controller
@PreAuthorize("hasAuthority('CARE_YOUTH:READ')")
class CareBoardController {

    private final TeamBoard board;
    private final YouthFile file;
    private final CareBoardActions actions;

    CareBoardController(TeamBoard board, YouthFile file, CareBoardActions actions) {
        this.board = board;
        this.file = file;
        this.actions = actions;
    }

    @GetMapping("/care")
    String board(
            @RequestParam(required = false) @Nullable String team,
            @RequestParam(required = false) @Nullable String status,
            @RequestParam(defaultValue = "1") String page,
            Model model) {
        UUID teamId = CareInput.uuid(team);
        YouthStatus shown = CareInput.choice(YouthStatus.class, status);
        Integer number = CareInput.number(page);
        if (CareInput.unreadable(team, teamId) || CareInput.unreadable(status, shown)) {
            throw new NotFoundException();
        }
        StaffPrincipal me = CurrentStaff.require();
        TeamBoard.Board shownBoard = board.board(me, teamId, shown, number == null ? 1 : number);
        model.addAttribute("board", shownBoard);
        // the intervention-plan actions of the team on show, overdue or due by Sunday
        @Nullable
        UUID onShow = shownBoard.team() == null ? null : shownBoard.team().id();
        model.addAttribute("actionsDue", onShow == null ? List.of() : actions.dueThisWeek(me, onShow));
        model.addAttribute("statuses", YouthStatus.values());
        return "care/board";
    }

    @GetMapping("/care/youth/{id}")
    String youth(@PathVariable UUID id, Model model) {
        StaffPrincipal me = CurrentStaff.require();
        YouthFile.View view = file.view(me, id);
        model.addAttribute("view", view);
        model.addAttribute(
                "shareable",
                view.notes().stream()
                        .filter(n -> file.mayShare(me, view, n))
                        .map(CareNotes.Note::id)
                        .collect(Collectors.toSet()));
        model.addAttribute("statuses", YouthStatus.values());
        model.addAttribute("blank", Map.of());
        return "care/youth";
    }
}
