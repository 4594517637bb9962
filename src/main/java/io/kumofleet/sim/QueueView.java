package io.kumofleet.sim;

import io.kumofleet.kumod.ScheduledQueueName;
import java.util.ArrayList;
import java.util.List;

/** {@link SimQueues} over a node's state; every call takes the node's lock for one consistent read. */
final class QueueView implements SimQueues {

    private final SimNodeState state;

    QueueView(SimNodeState state) {
        this.state = state;
    }

    @Override
    public int scheduledQueueCount() {
        return state.read(QueueModel::scheduledQueues);
    }

    @Override
    public int readyQueueCount() {
        return state.read(QueueModel::readyQueues);
    }

    @Override
    public List<String> scheduledQueueNames() {
        return state.read(model -> {
            List<String> names = new ArrayList<>(model.scheduledQueues());
            for (int s = 0; s < model.scheduledQueues(); s++) {
                names.add(model.scheduledName(s));
            }
            return names;
        });
    }

    @Override
    public List<String> readyQueueNames() {
        return state.read(model -> {
            List<String> names = new ArrayList<>(model.readyQueues());
            for (int r = 0; r < model.readyQueues(); r++) {
                names.add(model.readyName(r));
            }
            return names;
        });
    }

    @Override
    public long scheduledCount(String queueName) {
        return state.read(model -> waiting(model, queueName));
    }

    private static long waiting(QueueModel model, String queueName) {
        XferQueues.XferQueue xfer = model.xferQueues.get(queueName);
        if (xfer != null) {
            return xfer.count();
        }
        int s = model.findScheduled(queueName);
        return s < 0 ? -1 : model.scheduled(s);
    }

    @Override
    public long messageCount(String queueName) {
        return state.read(model -> {
            int s = model.findScheduled(queueName);
            return s < 0 ? waiting(model, queueName) : model.scheduled(s) + model.inReady(s);
        });
    }

    @Override
    public long readyCount(String readyQueueName) {
        return state.read(model -> {
            int r = model.findReady(readyQueueName);
            return r < 0 ? -1 : model.readyCount(r);
        });
    }

    @Override
    public long delivered(String readyQueueName) {
        return state.read(model -> {
            int r = model.findReady(readyQueueName);
            return r < 0 ? -1 : model.delivered(r);
        });
    }

    @Override
    public String readyQueueOf(String queueName) {
        return state.read(model -> {
            int s = model.findScheduled(queueName);
            return s < 0 ? null : model.readyName(model.readyOf(s));
        });
    }

    @Override
    public long totalScheduled() {
        return state.read(model -> {
            long total = 0;
            for (int s = 0; s < model.scheduledQueues(); s++) {
                total += model.scheduled(s);
            }
            for (XferQueues.XferQueue xfer : model.xferQueues.all().values()) {
                total += xfer.count();
            }
            return total;
        });
    }

    @Override
    public void addMessages(String queueName, long messages) {
        if (ScheduledQueueName.isXferQueue(queueName)) {
            throw new IllegalArgumentException("xfer queues are filled by xfer: " + queueName);
        }
        if (messages < 0) {
            throw new IllegalArgumentException("negative message count " + messages);
        }
        state.arrive(queueName, messages);
    }
}
