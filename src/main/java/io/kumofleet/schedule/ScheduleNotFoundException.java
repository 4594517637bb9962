package io.kumofleet.schedule;

/** No schedule has that id. */
public class ScheduleNotFoundException extends RuntimeException {

    public ScheduleNotFoundException(String id) {
        super("no schedule with id '" + id + "'");
    }
}
